package dev.consolidator.transform.retarget;

import dev.consolidator.transform.source.SourceModel;

/**
 * Where references to {@code oldFqn} go. {@code newTop} is the top-level type that holds the new type (itself, or
 * the outer type when the new type is nested), the one a file imports; {@code relative} is how code names the new
 * type once {@code newTop} is in scope, e.g. "Target.Source" for the nested {@code com.b.Target.Source}.
 */
public record Target(String oldFqn, String newFqn, String newTop) {
    public String newPackage() {
        return SourceModel.packageOf(newTop);
    }

    public String relative() {
        String pkg = newPackage();
        return pkg.isEmpty() ? newFqn : newFqn.substring(pkg.length() + 1);
    }

    public String topSimpleName() {
        return SourceModel.simpleName(newTop);
    }

    public String oldSimpleName() {
        return SourceModel.simpleName(oldFqn);
    }
}
