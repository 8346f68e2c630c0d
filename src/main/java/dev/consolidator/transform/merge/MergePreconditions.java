package dev.consolidator.transform.merge;

import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a merge step before looking at any member: names, the target's file, files holding more than the source. */
final class MergePreconditions {
    private MergePreconditions() {
    }

    static List<Problem> problems(SourceModel java, MergeSubject subject, Step.Merge step, List<String> missing) {
        List<Problem> problems = new ArrayList<>();
        String plan = step.location().file();
        int line = step.location().line();
        for (String fqn : missing) {
            problems.add(new Problem(plan, line, fqn, "merge: type " + fqn + " is not found in any source root; fix the name in types:"));
        }
        if (step.types().contains(step.into())) {
            problems.add(new Problem(plan, line, step.into(), "merge: into " + step.into() + " is also listed in types:; remove it from types:"));
        }
        if (!step.methods().isEmpty() && step.as() == MergeMode.NESTED) {
            problems.add(new Problem(plan, line, "methods", "merge: methods: renames only apply with as: members; remove them or use as: members"));
        }
        if (subject.target().isEmpty() && java.tree().contains(subject.targetPath())) {
            problems.add(new Problem(subject.targetPath(), 1, step.into(), "merge: " + subject.targetPath()
                    + " already exists but does not declare " + step.into() + "; choose another name in into:"));
        }
        String targetRoot = MergeSubject.rootOf(subject.targetPath(), subject.targetPackage());
        for (Part s : subject.sources()) {
            String root = MergeSubject.rootOf(s.path(), s.packageName());
            if (isTestRoot(root) && !isTestRoot(targetRoot)) {
                problems.add(new Problem(s.path(), JavaText.lineOf(s.decl()), s.fqn(), s.fqn() + " is test code (" + root
                        + ") and " + step.into() + " is not (" + targetRoot + "): production code cannot use what it uses;"
                        + " merge it into a type under " + root));
            }
            var types = s.decl().findCompilationUnit().orElseThrow().getTypes();
            if (types.size() > 1) {
                problems.add(new Problem(s.path(), JavaText.lineOf(types.get(1)), types.get(1).getNameAsString(), s.path()
                        + " also declares " + types.get(1).getNameAsString() + ", which deleting the file would lose; move it out first"));
            }
            if (!s.path().equals(subject.targetPath()) && subject.target().isPresent() && s.decl().isAncestorOf(subject.target().get())) {
                problems.add(new Problem(s.path(), 1, step.into(), step.into() + " is nested in " + s.fqn() + ", which the merge deletes"));
            }
        }
        return problems;
    }


    private static boolean isTestRoot(String root) {
        return root.startsWith("src/test/") || root.contains("/src/test/");
    }
}
