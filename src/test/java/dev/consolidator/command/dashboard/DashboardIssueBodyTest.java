package dev.consolidator.command.dashboard;

import dev.consolidator.command.CommandVerb;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which steps a description edit ticked, and which steps the dashboard offers for a given progress. */
class DashboardIssueBodyTest {
    private static final String BEFORE = DashboardIssueBody.MARKER + "\n\n- [ ] apply p2\n- [ ] recreate p3\n- [ ] rollback p1\n";

    @Test
    void only_boxes_that_were_there_unticked_count_as_newly_ticked() {
        String after = BEFORE.replace("- [ ] apply p2", "- [x] apply p2").replace("- [ ] rollback p1", "* [X] rollback p1")
                + "- [x] apply p9\n";

        assertThat(DashboardIssueBody.newlyTicked(BEFORE, after)).containsExactly("apply p2", "rollback p1");
        assertThat(DashboardIssueBody.newlyTicked(after, after)).isEmpty();
        assertThat(DashboardIssueBody.newlyTicked(after, BEFORE)).as("unticking").isEmpty();
        assertThat(DashboardIssueBody.newlyTicked(null, after)).as("the title was edited, not the body").isEmpty();
        assertThat(DashboardIssueBody.newlyTicked(BEFORE, BEFORE.replace("- [ ] apply p2", "> - [x] apply p2"))).isEmpty();
    }

    @Test
    void the_marker_must_stand_on_its_own_line() {
        assertThat(BEFORE).matches(DashboardIssueBody::isDashboard, "isDashboard");
        assertThat("> " + DashboardIssueBody.MARKER).doesNotMatch(DashboardIssueBody::isDashboard, "isDashboard");
        assertThat(DashboardIssueBody.isDashboard(null)).isFalse();
    }

    @Test
    void next_steps_are_the_first_phase_not_merged_every_stale_one_and_the_last_merged_one() {
        List<PhaseRow> rows = List.of(row("p1", "merged", "merged"), row("p2", "merged", "merged"),
                row("p3", "stale", "open"), row("p4", "planned", "pending"));
        assertThat(ProgressReader.nextSteps(rows)).containsExactly(new NextStep(CommandVerb.RECREATE, "p3"),
                new NextStep(CommandVerb.ROLLBACK, "p2"));

        List<PhaseRow> rolledBack = List.of(row("p1", "merged", "merged"), row("p2", "rolled back", "rolled_back"),
                row("p3", "planned", "pending"));
        assertThat(ProgressReader.nextSteps(rolledBack)).containsExactly(new NextStep(CommandVerb.APPLY, "p2"),
                new NextStep(CommandVerb.ROLLBACK, "p1"));

        List<PhaseRow> reverting = List.of(row("p1", "merged", "merged"), row("p2", "rolling back", "reverting"));
        assertThat(ProgressReader.nextSteps(reverting)).as("nothing while a rollback is under way").isEmpty();
    }

    private static PhaseRow row(String id, String shown, String recorded) {
        return new PhaseRow(1, id, "Phase " + id, shown, recorded, null, null, 0, 1, List.of(), null, null, null, null, null, null);
    }
}
