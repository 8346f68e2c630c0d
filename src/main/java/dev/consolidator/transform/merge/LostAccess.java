package dev.consolidator.transform.merge;

import com.github.javaparser.ast.AccessSpecifier;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.resolution.declarations.HasAccessSpecifier;
import com.github.javaparser.resolution.declarations.ResolvedDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import dev.consolidator.transform.InternalFailure;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Same-package access a merge into another package takes away, both ways, each use resolved with the run's symbol
 * solver. Moved code loses access to the package-private and protected members of the types left in its old package
 * (uses it cannot resolve, e.g. into libraries, are not such members). Code left in the old package loses access to
 * the non-public members of the source: a use that resolves to one is refused, and so is one that cannot be resolved
 * (it might be one); uses that resolve elsewhere (another type's method of the same name) are fine.
 */
final class LostAccess {
    private final SourceModel java;
    private final MergeSubject subject;

    LostAccess(SourceModel solved, MergeSubject subject) {
        this.java = solved;
        this.subject = subject;
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        List<Part> moving = subject.sources().stream().filter(s -> !s.packageName().equals(subject.targetPackage())).toList();
        moving.forEach(s -> movedCode(s, problems));
        moving.forEach(s -> codeLeftBehind(s, problems));
        return problems;
    }

    private void movedCode(Part s, List<Problem> problems) {
        for (Node use : uses(MergeSubject.declaration(java, s.fqn()).orElseThrow(), true, name -> true)) {
            resolve(use).ifPresent(member -> owner(member).ifPresent(owner -> {
                if (SourceModel.packageOf(owner).equals(s.packageName()) && !subject.isSource(owner)
                        && member instanceof HasAccessSpecifier a && (a.accessSpecifier() == AccessSpecifier.NONE
                        || a.accessSpecifier() == AccessSpecifier.PROTECTED)) {
                    String name = owner + "." + member.getName();
                    problems.add(new Problem(s.path(), JavaText.lineOf(use), name, s.fqn() + " uses " + name + ", which is "
                            + (a.accessSpecifier() == AccessSpecifier.NONE ? "package-private" : "protected")
                            + ": moved into " + subject.targetFqn() + " (package " + subject.targetPackage()
                            + ") it would not compile; make it public first, or merge into a type of package " + s.packageName()));
                }
            }));
        }
    }

    /** Files of the old package that name the source and one of its non-public members are read. */
    private void codeLeftBehind(Part s, List<Problem> problems) {
        Set<String> hidden = new TreeSet<>();
        for (BodyDeclaration<?> m : s.decl().getMembers()) {
            String name = PackageAccess.memberName(m);
            if (name != null && m instanceof NodeWithModifiers<?> mod && !mod.hasModifier(Modifier.Keyword.PUBLIC)
                    && !mod.hasModifier(Modifier.Keyword.PRIVATE) && !(m instanceof ConstructorDeclaration)) {
                hidden.add(name);
            }
        }
        if (hidden.isEmpty()) {
            return;
        }
        java.tree().files().forEach((path, text) -> {
            if (!path.endsWith(".java") || subject.sources().stream().anyMatch(x -> x.path().equals(path))
                    || !PackageAccess.packageOf(java, path).equals(s.packageName()) || !Usages.mentions(text, s.simpleName())
                    || hidden.stream().noneMatch(n -> Usages.mentions(text, n))) {
                return;
            }
            InternalFailure.inFile(path, () -> firstUseLeftBehind(path, s, hidden).ifPresent(problems::add));
        });
    }

    private Optional<Problem> firstUseLeftBehind(String path, Part s, Set<String> hidden) {
        for (Node use : uses(java.unit(path), false, hidden::contains)) {
            InternalFailure.at(use);
            Optional<ResolvedDeclaration> member = resolve(use);
            Optional<String> owner = member.flatMap(LostAccess::owner);
            boolean isMember = member.filter(m -> m instanceof ResolvedMethodLikeDeclaration || m instanceof ResolvedFieldDeclaration).isPresent();
            String verdict = member.isEmpty() || isMember && owner.isEmpty() ? "may use (the symbol solver cannot tell)"
                    : owner.filter(s.fqn()::equals).isPresent() && member.get() instanceof HasAccessSpecifier a
                    && a.accessSpecifier() != AccessSpecifier.PUBLIC && a.accessSpecifier() != AccessSpecifier.PRIVATE ? "uses" : null;
            if (verdict != null) {
                String name = name(use);
                return Optional.of(new Problem(path, JavaText.lineOf(use), s.fqn() + "." + name, path + " " + verdict + " "
                        + name + " of " + s.fqn() + ", which is not public; once merged into " + subject.targetFqn()
                        + " (package " + subject.targetPackage() + ") it is out of reach: make it public first, or merge"
                        + " into a type of package " + s.packageName()));
            }
        }
        return Optional.empty();
    }

    /** Calls, field accesses, names and method references (and constructions, if asked) under {@code root} of the names asked. */
    private static List<Node> uses(Node root, boolean constructions, Predicate<String> named) {
        List<Node> uses = new ArrayList<>();
        uses.addAll(root.findAll(MethodCallExpr.class, c -> named.test(c.getNameAsString())));
        uses.addAll(root.findAll(FieldAccessExpr.class, f -> named.test(f.getNameAsString())));
        uses.addAll(root.findAll(NameExpr.class, n -> named.test(n.getNameAsString())));
        uses.addAll(root.findAll(MethodReferenceExpr.class, r -> named.test(r.getIdentifier())));
        if (constructions) {
            uses.addAll(root.findAll(ObjectCreationExpr.class));
        }
        return uses;
    }

    private static String name(Node use) {
        return use instanceof MethodCallExpr c ? c.getNameAsString() : use instanceof FieldAccessExpr f ? f.getNameAsString()
                : use instanceof NameExpr n ? n.getNameAsString() : ((MethodReferenceExpr) use).getIdentifier();
    }

    /** What the use means, or empty when the symbol solver cannot tell. */
    private static Optional<ResolvedDeclaration> resolve(Node use) {
        try {
            return Optional.of(use instanceof MethodCallExpr c ? c.resolve() : use instanceof FieldAccessExpr f ? f.resolve()
                    : use instanceof NameExpr n ? n.resolve() : use instanceof MethodReferenceExpr r ? r.resolve()
                    : ((ObjectCreationExpr) use).resolve());
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** The type declaring a member; empty for a local variable or parameter, or when the solver cannot tell. */
    private static Optional<String> owner(ResolvedDeclaration member) {
        try {
            if (member instanceof ResolvedMethodLikeDeclaration m) {
                return Optional.of(m.declaringType().getQualifiedName());
            }
            if (member instanceof ResolvedFieldDeclaration f) {
                return Optional.of(f.declaringType().getQualifiedName());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
