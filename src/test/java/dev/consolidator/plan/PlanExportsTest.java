package dev.consolidator.plan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.consolidator.plan.PlanAssertions.assertOnlyProblem;
import static dev.consolidator.plan.PlanAssertions.assertProblem;
import static dev.consolidator.plan.PlanAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan key `exports: {openrewrite, guide}`: files in the repository that every phase PR keeps up to date. */
class PlanExportsTest {
    private static final String PHASES = "phases:\n  - id: a\n    steps:\n      - delete: {types: [a.B]}\n";

    @Test
    void without_the_key_a_plan_exports_nothing() {
        assertThat(valid("version: 1\n" + PHASES).exports()).isEqualTo(Exports.NONE);
    }

    @Test
    void both_files_are_read_as_repository_relative_paths() {
        Plan plan = valid("version: 1\nexports:\n  openrewrite: src/main/resources/META-INF/rewrite/consolidation.yml\n"
                + "  guide: MIGRATION.md\n" + PHASES);

        assertThat(plan.exports()).isEqualTo(new Exports("src/main/resources/META-INF/rewrite/consolidation.yml",
                "MIGRATION.md"));
        assertThat(plan.exports().paths()).containsExactly("src/main/resources/META-INF/rewrite/consolidation.yml",
                "MIGRATION.md");
    }

    @Test
    void either_file_alone_is_enough() {
        assertThat(valid("version: 1\nexports: {guide: docs/MIGRATION.md}\n" + PHASES).exports())
                .isEqualTo(new Exports(null, "docs/MIGRATION.md"));
    }

    @Test
    void paths_outside_the_repository_in_git_or_the_plan_itself_are_refused_each_at_its_line() {
        List<PlanProblem> problems = problemsOf("version: 1\nexports:\n  openrewrite: ../other/rewrite.yml\n"
                + "  guide: /tmp/MIGRATION.md\n" + PHASES);

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), 3, 16, "`exports` file `openrewrite: ../other/rewrite.yml` contains `..`");
        assertProblem(problems.get(1), 4, 10, "`exports` file `guide: /tmp/MIGRATION.md` is absolute");
        assertOnlyProblem("version: 1\nexports: {guide: .git/hooks/pre-commit}\n" + PHASES, 2, 18, "is inside `.git`");
        assertOnlyProblem("version: 1\nexports: {guide: .GIT/x.md}\n" + PHASES, 2, 18, "is inside `.git`");
        assertOnlyProblem("version: 1\nexports: {guide: lib/.git/x.md}\n" + PHASES, 2, 18, "is inside `.git`");
        assertOnlyProblem("version: 1\nexports: {guide: 'docs/../../x.md'}\n" + PHASES, 2, 18, "contains `..`");
        assertOnlyProblem("version: 1\nexports: {guide: 'C:/x.md'}\n" + PHASES, 2, 18, "is absolute");
        assertOnlyProblem("version: 1\nexports: {guide: docs/}\n" + PHASES, 2, 18, "name one file");
        assertOnlyProblem("version: 1\nexports: {guide: .github/consolidation.yml}\n" + PHASES, 2, 18, "is the plan itself");
        assertOnlyProblem("version: 1\nexports: {guide: src/main/java/a/B.java}\n" + PHASES, 2, 18, "is a Java source file");
    }

    @Test
    void the_same_file_for_both_is_refused() {
        assertOnlyProblem("version: 1\nexports: {openrewrite: M.md, guide: M.md}\n" + PHASES, 2, 37,
                "names `M.md` for both `openrewrite` and `guide`");
    }

    @Test
    void an_unknown_key_an_empty_mapping_or_a_list_is_a_problem_that_says_what_to_write() {
        assertOnlyProblem("version: 1\nexports:\n  recipe: a.yml\n  guide: M.md\n" + PHASES, 3, 3,
                "unknown key `recipe` in `exports`; allowed keys: openrewrite, guide");
        assertOnlyProblem("version: 1\nexports: {}\n" + PHASES, 2, 10, "`exports` names no file", "`openrewrite`");
        assertOnlyProblem("version: 1\nexports: [MIGRATION.md]\n" + PHASES, 2, 10, "`exports` in the plan must be a mapping");
        assertOnlyProblem("version: 1\nexports: {guide: [a.md]}\n" + PHASES, 2, 18, "`guide` in `exports` must be a string");
    }

    private static Plan valid(String yaml) {
        PlanParseResult result = new PlanParser().parse(yaml, PlanAssertions.FILE);
        assertThat(result).isInstanceOf(PlanParseResult.Valid.class);
        return ((PlanParseResult.Valid) result).plan();
    }
}
