package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.UnparsableJava;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The types a merge step names, located in the tree: the sources (each with its file) and the target, which
 * either exists or will be created in the first source's source root under the target's package.
 */
record MergeSubject(List<Part> sources, String targetFqn, String targetPath, Optional<TypeDeclaration<?>> target) {

    /** One located type: its fully qualified name, its file and its declaration in that file. */
    record Part(String fqn, String path, TypeDeclaration<?> decl) {
        String simpleName() {
            return SourceModel.simpleName(fqn);
        }

        String packageName() {
            return SourceModel.packageOf(fqn);
        }
    }

    String targetSimpleName() {
        return SourceModel.simpleName(targetFqn);
    }

    String targetPackage() {
        return SourceModel.packageOf(targetFqn);
    }

    boolean isSource(String fqn) {
        return sources.stream().anyMatch(s -> s.fqn().equals(fqn) || fqn.startsWith(s.fqn() + "."));
    }

    /** Locates every source; the missing ones are listed in {@code missing} (empty when all are there). */
    static MergeSubject locate(SourceModel java, Step.Merge step, List<String> missing) {
        List<Part> sources = new ArrayList<>();
        for (String fqn : step.types()) {
            Optional<String> path = java.primaryPathOf(fqn);
            Optional<TypeDeclaration<?>> decl = path.isPresent() ? declaration(java, fqn) : Optional.empty();
            if (decl.isEmpty()) {
                missing.add(fqn);
            } else {
                sources.add(new Part(fqn, path.get(), decl.get()));
            }
        }
        Optional<TypeDeclaration<?>> target = declaration(java, step.into());
        String targetPath = target.isPresent() ? java.primaryPathOf(outermost(java, step.into())).orElseThrow()
                : newTargetPath(sources, step.into());
        return new MergeSubject(sources, step.into(), targetPath, target);
    }

    private static String outermost(SourceModel java, String fqn) {
        String prefix = fqn;
        while (java.primaryPathOf(prefix).isEmpty() && prefix.contains(".")) {
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
        }
        return prefix;
    }

    /**
     * A type named after its file, or a member of one: how javac finds a type by its name, so the only kind a merge
     * takes (a second top-level type of a file has no file of its own to delete). {@link UnparsableJava} when its
     * file does not parse.
     */
    static Optional<TypeDeclaration<?>> declaration(SourceModel java, String fqn) {
        Optional<String> path = java.primaryPathOf(outermost(java, fqn));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        java.unit(path.get());
        return java.type(fqn);
    }

    /** A new target goes in the first source's source root, at the path its package dictates. */
    private static String newTargetPath(List<Part> sources, String into) {
        if (sources.isEmpty()) {
            return into.replace('.', '/') + ".java";
        }
        Part first = sources.get(0);
        return rootOf(first.path(), first.packageName()) + into.replace('.', '/') + ".java";
    }

    /** The source root of a file, from its path and package: {@code src/main/java/a/b/C.java} in {@code a.b} is {@code src/main/java/}. */
    static String rootOf(String path, String pkg) {
        String pkgPath = pkg.replace('.', '/');
        String dir = path.substring(0, path.lastIndexOf('/') + 1);
        return pkgPath.isEmpty() || !dir.endsWith(pkgPath + "/") ? dir : dir.substring(0, dir.length() - pkgPath.length() - 1);
    }
}
