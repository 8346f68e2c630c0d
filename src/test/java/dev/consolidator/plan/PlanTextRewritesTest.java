package dev.consolidator.plan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.consolidator.plan.PlanAssertions.assertOnlyProblem;
import static dev.consolidator.plan.PlanAssertions.assertProblem;
import static dev.consolidator.plan.PlanAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan keys `strings` and `rewriteText`: read, validated with lines, and shared by every phase. */
class PlanTextRewritesTest {
    private static final String PHASES = "phases:\n  - id: a\n    steps:\n      - delete: {types: [a.B]}\n"
            + "  - id: b\n    steps:\n      - delete: {types: [a.C]}\n";

    @Test
    void without_the_keys_names_in_strings_are_rewritten_and_no_text_file_is() {
        Plan plan = valid("version: 1\n" + PHASES);

        assertThat(plan.phases()).allSatisfy(p -> assertThat(p.text()).isEqualTo(TextRewrites.DEFAULT));
    }

    @Test
    void strings_warn_and_rewrite_text_globs_reach_every_phase() {
        Plan plan = valid("version: 1\nstrings: warn\nrewriteText: [src/main/resources/**/*.properties, 'conf/*.xml']\n"
                + PHASES);

        assertThat(plan.phases()).allSatisfy(p -> {
            assertThat(p.text().strings()).isEqualTo(TextRewrites.Strings.WARN);
            assertThat(p.text()).matches(t -> t.rewritesText("src/main/resources/app.properties"),
                    "rewritesText src/main/resources/app.properties");
            assertThat(p.text()).matches(t -> t.rewritesText("src/main/resources/a/b/app.properties"),
                    "rewritesText src/main/resources/a/b/app.properties");
            assertThat(p.text()).doesNotMatch(t -> t.rewritesText("src/main/resources/app.xml"),
                    "rewritesText src/main/resources/app.xml");
            assertThat(p.text()).matches(t -> t.rewritesText("conf/beans.xml"),
                    "rewritesText conf/beans.xml");
            assertThat(p.text()).doesNotMatch(t -> t.rewritesText("conf/sub/beans.xml"),
                    "rewritesText conf/sub/beans.xml");
        });
    }

    @Test
    void an_unknown_strings_mode_is_a_problem_at_its_line() {
        assertOnlyProblem("version: 1\nstrings: rewite\n" + PHASES, 2, 10, "`strings` in the plan must be one of"
                + " rewrite, warn", "found `rewite`", "did you mean `rewrite`?");
    }

    @Test
    void globs_reaching_outside_the_repository_are_refused_each_at_its_line() {
        List<PlanProblem> problems = problemsOf("version: 1\nrewriteText:\n  - ../other/*.properties\n"
                + "  - /etc/*.conf\n  - 'src/../../x'\n  - 'C:/x/*.txt'\n  - ok/*.txt\n" + PHASES);

        assertThat(problems).hasSize(4);
        assertProblem(problems.get(0), 3, 5, "`rewriteText` glob `../other/*.properties` contains `..`");
        assertProblem(problems.get(1), 4, 5, "`rewriteText` glob `/etc/*.conf` is absolute");
        assertProblem(problems.get(2), 5, 5, "contains `..`");
        assertProblem(problems.get(3), 6, 5, "is absolute");
    }

    @Test
    void rewrite_text_must_be_a_list_of_strings() {
        assertOnlyProblem("version: 1\nrewriteText: {a: b}\n" + PHASES, 2, 14, "`rewriteText` in the plan must be a list");
    }

    private static Plan valid(String yaml) {
        PlanParseResult result = new PlanParser().parse(yaml, PlanAssertions.FILE);
        assertThat(result).isInstanceOf(PlanParseResult.Valid.class);
        return ((PlanParseResult.Valid) result).plan();
    }
}
