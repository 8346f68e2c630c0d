package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.source.SourceModel;

import java.util.regex.Pattern;

/**
 * A merge whose result is already in place: no source type left, the target holds what the merge would have put
 * there (the nested types, or the renamed methods), and no Java file names an old type. Running a phase again
 * over its own output must change nothing (a forwarder left at an old name counts as the merge done): the engine reads an empty change set without problems as already applied.
 */
final class AlreadyApplied {
    private AlreadyApplied() {
    }

    /** @param forwarded the types whose old name holds a forwarder the merge left: users may still name those */
    static boolean holds(SourceModel java, MergeSubject subject, Step.Merge step, java.util.Set<String> forwarded) {
        if (subject.target().isEmpty()) {
            return false;
        }
        TypeDeclaration<?> target = subject.target().get();
        if (step.as() == MergeMode.NESTED) {
            boolean allNested = step.types().stream().map(SourceModel::simpleName).allMatch(n -> target.getMembers()
                    .stream().anyMatch(m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(n)));
            if (!allNested) {
                return false;
            }
        } else if (!step.methods().values().stream().allMatch(n -> !target.getMethodsByName(n).isEmpty())) {
            return false;
        }
        for (String fqn : step.types().stream().filter(t -> !forwarded.contains(t)).toList()) {
            Pattern named = Pattern.compile("(?<![\\w$.])" + Pattern.quote(fqn) + "(?![\\w$])");
            if (!Usages.find(java.tree().files(), named, p -> true).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
