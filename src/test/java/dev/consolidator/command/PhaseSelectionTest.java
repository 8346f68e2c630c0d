package dev.consolidator.command;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.Step;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PhaseSelectionTest {
    private static final Location AT = new Location(".github/consolidation.yml", 1, 1);
    private static final Plan PLAN = new Plan(1, 1, Compatibility.NONE, List.of(phase("one"), phase("two"), phase("three")));

    private static Phase phase(String id) {
        return new Phase(id, id, null, List.of(new Step.Delete(List.of("a.B"), AT)), AT);
    }

    private static PhaseRecord rec(String id, int index, PhaseState state, Integer pr, Integer revertPr) {
        return new PhaseRecord(index, "o/r", id, index, id, state, "main", null, null, null, pr, revertPr, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String refusal(PhaseSelection.Choice c) {
        return assertInstanceOf(PhaseSelection.Refused.class, c).reason();
    }

    @Test
    void apply_without_phase_takes_the_first_phase_not_merged() {
        var c = PhaseSelection.forApply(PLAN, List.of(rec("one", 0, PhaseState.MERGED, 1, null)), Optional.empty());
        assertEquals("two", assertInstanceOf(PhaseSelection.Selected.class, c).phase().id());
    }

    @Test
    void apply_is_refused_while_earlier_phases_are_not_merged() {
        String reason = refusal(PhaseSelection.forApply(PLAN, List.of(rec("one", 0, PhaseState.OPEN, 1, null)), Optional.of("three")));
        assertEquals("Phase `three` comes after `one`, `two`, which are not merged yet. Merge the earlier phases first"
                + " (`/consolidate apply` opens the next one).", reason);
    }

    @Test
    void apply_of_a_phase_with_an_open_pull_request_links_it() {
        String reason = refusal(PhaseSelection.forApply(PLAN, List.of(rec("one", 0, PhaseState.OPEN, 7, null)), Optional.empty()));
        assertThat(reason).contains("already has an open pull request: #7");
    }

    @Test
    void abandoned_and_rolled_back_phases_can_be_applied_again() {
        assertInstanceOf(PhaseSelection.Selected.class, PhaseSelection.forApply(PLAN,
                List.of(rec("one", 0, PhaseState.ABANDONED, 7, null)), Optional.of("one")));
        assertInstanceOf(PhaseSelection.Selected.class, PhaseSelection.forApply(PLAN,
                List.of(rec("one", 0, PhaseState.ROLLED_BACK, 7, 9)), Optional.of("one")));
    }

    @Test
    void unknown_phase_names_the_plan_phases() {
        assertEquals("The plan has no phase `four`. Its phases are: `one`, `two`, `three`.",
                refusal(PhaseSelection.forApply(PLAN, List.of(), Optional.of("four"))));
    }

    @Test
    void everything_merged_leaves_nothing_to_apply() {
        var all = List.of(rec("one", 0, PhaseState.MERGED, 1, null), rec("two", 1, PhaseState.MERGED, 2, null),
                rec("three", 2, PhaseState.MERGED, 3, null));
        assertThat(refusal(PhaseSelection.forApply(PLAN, all, Optional.empty())))
                .startsWith("Every phase of the plan is merged");
    }

    @Test
    void rollback_is_refused_while_later_phases_are_merged_and_names_them() {
        var recs = List.of(rec("one", 0, PhaseState.MERGED, 1, null), rec("two", 1, PhaseState.MERGED, 2, null));
        assertEquals("Phase `one` cannot be rolled back while later phases are merged: `two`. Roll it back first, latest first.",
                refusal(PhaseSelection.forRollback(PLAN, recs, "one")));
        assertEquals("two", assertInstanceOf(PhaseSelection.Selected.class, PhaseSelection.forRollback(PLAN, recs, "two")).phase().id());
    }

    @Test
    void rollback_needs_a_merged_phase() {
        assertThat(refusal(PhaseSelection.forRollback(PLAN, List.of(rec("one", 0, PhaseState.REVERTING, 1, 4)), "one")))
                .contains("Its revert pull request is #4.");
        assertThat(refusal(PhaseSelection.forRollback(PLAN, List.of(), "two"))).contains("is pending, not merged");
    }
}
