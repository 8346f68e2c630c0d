package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What makes a nested merge uncompilable: member type names that collide, and same-package access lost. */
final class NestedChecks {
    private NestedChecks() {
    }

    static List<Problem> run(SourceModel java, MergeSubject subject) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        subject.target().ifPresent(t -> t.getMembers().stream().filter(m -> m instanceof TypeDeclaration<?>)
                .map(m -> (TypeDeclaration<?>) m).forEach(m -> names.put(m.getNameAsString(),
                        subject.targetFqn() + "." + m.getNameAsString() + " (" + subject.targetPath() + ":" + JavaText.lineOf(m) + ")")));
        for (Part s : subject.sources()) {
            String name = s.simpleName();
            if (name.equals(subject.targetSimpleName())) {
                problems.add(new Problem(s.path(), JavaText.lineOf(s.decl()), s.fqn(), s.fqn() + " has the simple name of "
                        + subject.targetFqn() + ", and a nested type cannot share its enclosing type's name; rename one first"));
                continue;
            }
            String earlier = names.putIfAbsent(name, s.fqn() + " (" + s.path() + ":" + JavaText.lineOf(s.decl()) + ")");
            if (earlier != null) {
                problems.add(new Problem(s.path(), JavaText.lineOf(s.decl()), s.fqn(), s.fqn() + " would become "
                        + subject.targetFqn() + "." + name + ", which clashes with " + earlier + "; rename one first"));
            }
            ImportShadowing.check(subject, s, name, problems);
            PackageAccess.check(java, subject, s, true, problems);
        }
        return problems;
    }
}
