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
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.resolution.declarations.HasAccessSpecifier;
import com.github.javaparser.resolution.declarations.ResolvedDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.consolidator.transform.InternalFailure;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Code left in a source's package that uses its package-private or protected members loses access when the merge
 * puts them in another package. Files of the old package that name the source and such a member are read with the
 * run's symbol solver: a use that resolves to the member is refused, and so is one that cannot be resolved (it
 * might be the member); uses that resolve elsewhere (another type's method of the same name) are fine.
 */
final class OldPackageAccess {
    private final SourceModel java;
    private final MergeSubject subject;

    OldPackageAccess(SourceModel solved, MergeSubject subject) {
        this.java = solved;
        this.subject = subject;
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Part s : subject.sources()) {
            if (s.packageName().equals(subject.targetPackage())) {
                continue;
            }
            Set<String> hidden = new TreeSet<>();
            for (BodyDeclaration<?> m : s.decl().getMembers()) {
                String name = PackageAccess.memberName(m);
                if (name != null && m instanceof NodeWithModifiers<?> mod && !mod.hasModifier(Modifier.Keyword.PUBLIC)
                        && !mod.hasModifier(Modifier.Keyword.PRIVATE) && !(m instanceof ConstructorDeclaration)) {
                    hidden.add(name);
                }
            }
            if (hidden.isEmpty()) {
                continue;
            }
            java.tree().files().forEach((path, text) -> {
                if (!path.endsWith(".java") || subject.sources().stream().anyMatch(x -> x.path().equals(path))
                        || !PackageAccess.packageOf(java, path).equals(s.packageName()) || !Usages.mentions(text, s.simpleName())
                        || hidden.stream().noneMatch(n -> Usages.mentions(text, n))) {
                    return;
                }
                InternalFailure.inFile(path, () -> check(path, s, hidden, problems));
            });
        }
        return problems;
    }

    private void check(String path, Part s, Set<String> hidden, List<Problem> problems) {
        List<Node> uses = new ArrayList<>();
        var cu = java.unit(path);
        uses.addAll(cu.findAll(MethodCallExpr.class, c -> hidden.contains(c.getNameAsString())));
        uses.addAll(cu.findAll(FieldAccessExpr.class, f -> hidden.contains(f.getNameAsString())));
        uses.addAll(cu.findAll(NameExpr.class, n -> hidden.contains(n.getNameAsString())));
        uses.addAll(cu.findAll(MethodReferenceExpr.class, r -> hidden.contains(r.getIdentifier())));
        for (Node use : uses) {
            InternalFailure.at(use);
            String verdict = verdict(use, s);
            if (verdict != null) {
                String name = use instanceof MethodCallExpr c ? c.getNameAsString() : use instanceof FieldAccessExpr f
                        ? f.getNameAsString() : use instanceof NameExpr n ? n.getNameAsString() : ((MethodReferenceExpr) use).getIdentifier();
                problems.add(new Problem(path, JavaText.lineOf(use), s.fqn() + "." + name, path + " " + verdict + " " + name
                        + " of " + s.fqn() + ", which is not public; once merged into " + subject.targetFqn() + " (package "
                        + subject.targetPackage() + ") it is out of reach: make it public first, or merge into a type of package "
                        + s.packageName()));
                return;
            }
        }
    }

    /** "uses" when the use resolves to a non-public member of the source, "may use" when it cannot be resolved, else null. */
    private static String verdict(Node use, Part s) {
        ResolvedDeclaration d;
        try {
            d = use instanceof MethodCallExpr c ? c.resolve() : use instanceof FieldAccessExpr f ? f.resolve()
                    : use instanceof NameExpr n ? n.resolve() : ((MethodReferenceExpr) use).resolve();
        } catch (RuntimeException | StackOverflowError e) {
            return "may use (the symbol solver cannot tell)";
        }
        String owner = d instanceof ResolvedMethodDeclaration m ? m.declaringType().getQualifiedName()
                : d instanceof ResolvedFieldDeclaration f ? f.declaringType().getQualifiedName() : null;
        boolean hidden = d instanceof HasAccessSpecifier a && a.accessSpecifier() != AccessSpecifier.PUBLIC
                && a.accessSpecifier() != AccessSpecifier.PRIVATE;
        return s.fqn().equals(owner) && hidden ? "uses" : null;
    }
}
