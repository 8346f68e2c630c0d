package dev.consolidator.transform.merge;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaFile;
import dev.consolidator.transform.source.SourceModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Same-package access lost by a merge into another package: code left in the source's package that uses the source
 * needs the target (and, nested, the source) to be public. Textual and conservative: naming the type is enough.
 * Its members are checked with the symbol solver by {@link LostAccess}.
 */
final class PackageAccess {
    private PackageAccess() {
    }

    static void check(SourceModel java, MergeSubject subject, Part s, boolean nested, List<Problem> problems) {
        if (s.packageName().equals(subject.targetPackage())) {
            return;
        }
        Optional<TypeDeclaration<?>> target = subject.target();
        Map<String, String> files = java.tree().files();
        List<Usages.Hit> samePackageUsers = Usages.find(files, Usages.word(s.simpleName()),
                p -> !subject.sources().stream().anyMatch(x -> x.path().equals(p))
                        && packageOf(java, p).equals(s.packageName()));
        boolean targetPublic = target.map(t -> t.hasModifier(Modifier.Keyword.PUBLIC))
                .orElse(subject.sources().stream().anyMatch(x -> x.decl().hasModifier(Modifier.Keyword.PUBLIC)));
        if (!samePackageUsers.isEmpty() && (!targetPublic || nested && !s.decl().hasModifier(Modifier.Keyword.PUBLIC))) {
            Usages.Hit hit = samePackageUsers.get(0);
            String notPublic = targetPublic ? s.fqn() : subject.targetFqn();
            problems.add(new Problem(hit.path(), hit.line(), s.fqn(), hit.path() + " uses " + s.fqn() + ", but "
                    + notPublic + " is not public and the merge puts it in package " + subject.targetPackage()
                    + ": make it public first, or merge into a type of package " + s.packageName()));
        }
    }

    /** The package a Java file declares ("" for the default package, package-info.java or a file that is not Java). */
    static String packageOf(SourceModel java, String path) {
        return java.file(path).filter(f -> !f.primaryType().isEmpty()).map(JavaFile::packageName).orElse("");
    }

    static String memberName(BodyDeclaration<?> m) {
        if (m instanceof MethodDeclaration md) {
            return md.getNameAsString();
        }
        if (m instanceof FieldDeclaration f) {
            return f.getVariable(0).getNameAsString();
        }
        if (m instanceof TypeDeclaration<?> t) {
            return t.getNameAsString();
        }
        return null;
    }

}
