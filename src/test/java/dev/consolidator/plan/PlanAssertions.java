package dev.consolidator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Parses plan text and checks the problems it yields: where they are and what they say. */
final class PlanAssertions {
    static final String FILE = ".github/consolidation.yml";

    private PlanAssertions() {
    }

    static List<PlanProblem> problemsOf(String yaml) {
        PlanParseResult result = new PlanParser().parse(yaml, FILE);
        assertThat(result).as("expected problems, but the plan is valid: %s", yaml).isInstanceOf(PlanParseResult.Invalid.class);
        return result.problems();
    }

    /** The plan yields exactly one problem, at this line and column, whose message contains every fragment. */
    static PlanProblem assertOnlyProblem(String yaml, int line, int column, String... fragments) {
        List<PlanProblem> problems = problemsOf(yaml);
        assertThat(problems).as("expected one problem").hasSize(1);
        PlanProblem problem = problems.get(0);
        assertProblem(problem, line, column, fragments);
        return problem;
    }

    static void assertProblem(PlanProblem problem, int line, int column, String... fragments) {
        assertEquals(new Location(FILE, line, column), problem.location(), problem::toString);
        for (String fragment : fragments) {
            assertThat(problem.message()).as(() -> "message lacks \"" + fragment + "\": " + problem.message())
                    .contains(fragment);
        }
    }

    /** A valid plan header with one phase whose steps are the given YAML list items; steps start on line 5. */
    static String withSteps(String stepLines) {
        return """
                version: 1
                phases:
                  - id: p
                    steps:
                """ + stepLines.indent(6);
    }
}
