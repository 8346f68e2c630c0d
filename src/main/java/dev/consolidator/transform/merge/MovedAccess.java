package dev.consolidator.transform.merge;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.HasAccessSpecifier;
import com.github.javaparser.resolution.declarations.ResolvedDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.ast.AccessSpecifier;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Code that moves to another package loses same-package access: a moved call, field use or construction of a
 * package-private or protected member of a type left in the old package would not compile from the target. Each use
 * is resolved with the run's symbol solver; uses it cannot resolve (e.g. into libraries) are not old-package members.
 */
final class MovedAccess {
    private final SourceModel java;
    private final MergeSubject subject;

    MovedAccess(SourceModel solved, MergeSubject subject) {
        this.java = solved;
        this.subject = subject;
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Part s : subject.sources()) {
            if (s.packageName().equals(subject.targetPackage())) {
                continue;
            }
            Node type = MergeSubject.declaration(java, s.fqn()).orElseThrow();
            List<Node> uses = new ArrayList<>();
            uses.addAll(type.findAll(MethodCallExpr.class));
            uses.addAll(type.findAll(FieldAccessExpr.class));
            uses.addAll(type.findAll(NameExpr.class));
            uses.addAll(type.findAll(MethodReferenceExpr.class));
            uses.addAll(type.findAll(ObjectCreationExpr.class));
            for (Node use : uses) {
                resolve(use).ifPresent(member -> {
                    String owner = owner(member);
                    if (owner != null && MergeSubject.packageOf(owner).equals(s.packageName()) && !subject.isSource(owner)
                            && member instanceof HasAccessSpecifier a && (a.accessSpecifier() == AccessSpecifier.NONE
                            || a.accessSpecifier() == AccessSpecifier.PROTECTED)) {
                        String name = owner + "." + member.getName();
                        problems.add(new Problem(s.path(), JavaText.lineOf(use), name, s.fqn() + " uses " + name + ", which is "
                                + (a.accessSpecifier() == AccessSpecifier.NONE ? "package-private" : "protected")
                                + ": moved into " + subject.targetFqn() + " (package " + subject.targetPackage()
                                + ") it would not compile; make it public first, or merge into a type of package " + s.packageName()));
                    }
                });
            }
        }
        return problems;
    }

    private static Optional<ResolvedDeclaration> resolve(Node use) {
        try {
            if (use instanceof MethodCallExpr c) {
                return Optional.of(c.resolve());
            }
            if (use instanceof FieldAccessExpr f) {
                return Optional.of(f.resolve());
            }
            if (use instanceof NameExpr n) {
                return Optional.of(n.resolve());
            }
            if (use instanceof MethodReferenceExpr r) {
                return Optional.of(r.resolve());
            }
            if (use instanceof ObjectCreationExpr o) {
                return Optional.of(o.resolve());
            }
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String owner(ResolvedDeclaration member) {
        try {
            if (member instanceof ResolvedMethodLikeDeclaration m) {
                return m.declaringType().getQualifiedName();
            }
            if (member instanceof ResolvedFieldDeclaration f) {
                return f.declaringType().getQualifiedName();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null; // a local variable or parameter: not a member of another type
    }
}
