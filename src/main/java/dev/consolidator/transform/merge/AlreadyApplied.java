package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Warning;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A merge whose result is already in place: no source type left, the target holds what the merge would have put
 * there (the nested types, or the renamed methods), and no Java file names an old type. Running a phase again
 * over its own output must change nothing.
 */
final class AlreadyApplied {
    private AlreadyApplied() {
    }

    static boolean holds(JavaTree java, MergeSubject subject, Step.Merge step) {
        if (subject.target().isEmpty()) {
            return false;
        }
        TypeDeclaration<?> target = subject.target().get();
        if (step.as() == MergeMode.NESTED) {
            boolean allNested = step.types().stream().map(MergeSubject::simple).allMatch(n -> target.getMembers().stream()
                    .anyMatch(m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(n)));
            if (!allNested) {
                return false;
            }
        } else if (!step.methods().values().stream().allMatch(n -> !target.getMethodsByName(n).isEmpty())) {
            return false;
        }
        for (String fqn : step.types()) {
            Pattern named = Pattern.compile("(?<![\\w$.])" + Pattern.quote(fqn) + "(?![\\w$])");
            if (!Usages.find(java.tree().files(), named, p -> true).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static ChangeSet changeSet(MergeSubject subject, Step.Merge step) {
        return new ChangeSet(new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), List.of(), List.of(), List.of(),
                List.of(new Warning(subject.targetPath(), 1, "already applied: " + step.describe()
                        + " (no merged type is left and nothing names them); nothing to change")), 0);
    }
}
