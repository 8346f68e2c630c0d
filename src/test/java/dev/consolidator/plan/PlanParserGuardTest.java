package dev.consolidator.plan;

import org.junit.jupiter.api.Test;

import static dev.consolidator.plan.PlanAssertions.FILE;
import static dev.consolidator.plan.PlanAssertions.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan's {@code guard} setting: fail (the default), warn or off. */
class PlanParserGuardTest {
    private static final String PHASES = "phases: [{id: a, steps: [{delete: {types: [a.B]}}]}]\n";

    private static Plan parse(String yaml) {
        PlanParseResult result = new PlanParser().parse(yaml, FILE);
        assertThat(result.isValid()).as(result.problems().toString()).isTrue();
        return result.plan();
    }

    @Test
    void a_plan_without_guard_fails_on_retired_names() {
        assertThat(parse("version: 1\n" + PHASES).guard()).isEqualTo(GuardMode.FAIL);
    }

    @Test
    void each_guard_value_is_read() {
        assertThat(parse("version: 1\nguard: warn\n" + PHASES).guard()).isEqualTo(GuardMode.WARN);
        assertThat(parse("version: 1\nguard: off\n" + PHASES).guard()).isEqualTo(GuardMode.OFF);
        assertThat(parse("version: 1\nguard: fail\n" + PHASES).guard()).isEqualTo(GuardMode.FAIL);
    }

    @Test
    void an_unknown_guard_value_is_a_problem_at_its_line_with_the_closest_choice() {
        assertOnlyProblem("version: 1\n" + PHASES + "guard: wran\n", 3, 8,
                "`guard` in the plan must be one of fail, warn, off", "found `wran`", "did you mean `warn`?");
    }

    @Test
    void a_guard_that_is_not_a_string_is_a_problem_at_its_line() {
        assertOnlyProblem("version: 1\nguard: [fail]\n" + PHASES, 2, 8, "guard");
    }
}
