package dev.consolidator.plan;

import org.junit.jupiter.api.Test;

import static dev.consolidator.plan.PlanAssertions.FILE;
import static dev.consolidator.plan.PlanAssertions.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan's {@code dashboard} setting: the dashboard issue is on unless the plan says {@code dashboard: false}. */
class PlanParserDashboardTest {
    private static final String PHASES = "phases: [{id: a, steps: [{delete: {types: [a.B]}}]}]\n";

    private static Plan parse(String yaml) {
        PlanParseResult result = new PlanParser().parse(yaml, FILE);
        assertThat(result.isValid()).as(result.problems().toString()).isTrue();
        return result.plan();
    }

    @Test
    void a_plan_without_the_key_keeps_the_dashboard_issue() {
        assertThat(parse("version: 1\n" + PHASES).dashboard()).isTrue();
    }

    @Test
    void dashboard_false_turns_the_issue_off_and_true_keeps_it() {
        assertThat(parse("version: 1\ndashboard: false\n" + PHASES).dashboard()).isFalse();
        assertThat(parse("version: 1\ndashboard: true\n" + PHASES).dashboard()).isTrue();
    }

    @Test
    void a_dashboard_that_is_not_a_boolean_is_a_problem_at_its_line() {
        assertOnlyProblem("version: 1\ndashboard: off-please\n" + PHASES, 2, 12, "dashboard", "`true` or `false`");
    }
}
