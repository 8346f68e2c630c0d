package dev.consolidator.transform.merge;

import dev.consolidator.plan.Location;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import java.util.List;
import java.util.Map;

/** Merge steps as the plan would give them, located at a fixed line of the plan file. */
final class MergeSteps {
    static final Location AT = new Location(".github/consolidation.yml", 12, 9);

    private MergeSteps() {
    }

    /** Runs the step as a one-step phase of the engine, with the merge plugged in as the application wires it. */
    static PhaseResult throughEngine(SourceTree tree, Step.Merge step) {
        Phase phase = new Phase("merge", "Merge", "", List.of(step), AT);
        return new PhaseEngine(new MergeTransform()).run(tree, phase);
    }

    /** Applies the step, then runs it again over its own output: the second run must change nothing. */
    static void assertSecondRunChangesNothing(SourceTree before, Step.Merge step) {
        SourceTree after = before.apply(new MergeTransform().apply(before, step));
        dev.consolidator.transform.ChangeSet again = new MergeTransform().apply(after, step);
        org.assertj.core.api.Assertions.assertThat(again).as("second run of " + step.describe())
                .matches(c -> c.isEmpty() && !c.hasProblems(), "changes no file and finds no problem");
    }

    static Step.Merge members(List<String> types, String into, Map<String, String> methods) {
        return new Step.Merge(types, into, MergeMode.MEMBERS, methods, AT);
    }

    static Step.Merge nested(List<String> types, String into) {
        return new Step.Merge(types, into, MergeMode.NESTED, Map.of(), AT);
    }
}
