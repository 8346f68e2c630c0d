package dev.consolidator.transform.engine;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.merge.MergeTransform;

import java.util.List;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps at plan lines, and running them through the engine with the checks every rule test makes. */
final class Steps {
    static final String PLAN = ".github/consolidation.yml";

    private Steps() {
    }

    static Location line(int line) {
        return new Location(PLAN, line, 9);
    }

    static Step.Move move(String type, String to) {
        return new Step.Move(type, to, Compatibility.NONE, line(7));
    }

    static Step.Move forwardingMove(String type, String to) {
        return new Step.Move(type, to, Compatibility.FORWARDING, line(7));
    }

    static Step.MovePackage movePackage(String from, String to, boolean recursive) {
        return new Step.MovePackage(from, to, recursive, Compatibility.NONE, line(10));
    }

    static Step.Delete delete(String... types) {
        return new Step.Delete(List.of(types), line(14));
    }

    static Phase phase(Step... steps) {
        return new Phase("p", "Phase", "", List.of(steps), line(4));
    }

    static PhaseResult runOnce(SourceTree tree, Step... steps) {
        return new PhaseEngine(new MergeTransform()).run(tree, phase(steps));
    }

    /**
     * Runs a phase that must succeed: no problems, every untouched file byte-identical, and a second run over its
     * own output already applied and changing nothing. Returns the first run.
     */
    static PhaseResult run(SourceTree tree, Step... steps) {
        PhaseResult result = runOnce(tree, steps);
        assertThat(result.problems()).as("problems of the first run").isEmpty();
        for (StepResult s : result.steps()) {
            assertThat(s).as("first run must do something").matches(r -> !r.alreadyApplied(), "not already applied");
        }
        SourceTree current = tree;
        for (StepResult s : result.steps()) {
            assertUntouchedIdentical(current, s.changes());
            current = current.apply(s.changes());
        }
        PhaseResult again = runOnce(result.after(), steps);
        assertThat(again.problems()).as("problems of the second run").isEmpty();
        assertThat(again).as("second run not a no-op").matches(PhaseResult::alreadyApplied, "already applied");
        assertEquals(result.after().files(), again.after().files());
        return result;
    }
}
