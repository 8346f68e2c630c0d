package dev.consolidator.transform.merge;

import com.github.javaparser.ast.ImportDeclaration;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;

import java.util.List;

/**
 * A member type shadows an imported type of the same simple name inside its enclosing type: nesting {@code a.List}
 * into a target whose file imports {@code java.util.List} would silently change what the target's own code means.
 */
final class ImportShadowing {
    private ImportShadowing() {
    }

    static void check(MergeSubject subject, Part source, String memberTypeName, List<Problem> problems) {
        subject.target().flatMap(t -> t.findCompilationUnit()).ifPresent(cu -> {
            for (ImportDeclaration i : cu.getImports()) {
                if (!i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(memberTypeName)
                        && !subject.isSource(i.getNameAsString())) {
                    problems.add(new Problem(source.path(), JavaText.lineOf(source.decl()), source.fqn(), "the member type "
                            + memberTypeName + " would shadow " + i.getNameAsString() + ", which " + subject.targetPath()
                            + " imports (line " + JavaText.lineOf(i) + "); rename the type first"));
                }
            }
        });
    }
}
