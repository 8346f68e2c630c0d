package dev.consolidator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.plan.PlanAssertions.FILE;
import static dev.consolidator.plan.PlanAssertions.assertOnlyProblem;
import static dev.consolidator.plan.PlanAssertions.assertProblem;
import static dev.consolidator.plan.PlanAssertions.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems with the YAML itself, the top-level keys and the phases. */
class PlanParserStructureProblemsTest {

    @Test
    void a_yaml_syntax_error_reports_the_parsers_line_and_column() {
        PlanProblem problem = assertOnlyProblem("version: 1\nphases: [\n  - id: a\n", 3, 3,
                "YAML syntax error: expected the node content, but found '-'", "check the indentation");

        assertEquals(FILE + ":3:3: " + problem.message(), problem.toString());
    }

    @Test
    void a_tab_used_for_indentation_is_a_syntax_error_that_says_so() {
        assertOnlyProblem("version: 1\n\tphases: []\n", 2, 1, "YAML syntax error", "TAB");
    }

    @Test
    void an_empty_file_says_how_to_start() {
        assertOnlyProblem("# nothing yet\n", 1, 1, "the plan file is empty", "`version: 1`");
    }

    @Test
    void a_root_that_is_not_a_mapping_is_refused() {
        assertOnlyProblem("- a\n- b\n", 1, 1, "the plan must be a mapping with the keys version, approvals,"
                + " compatibility, strings, rewriteText, phases, guard, exports, dashboard, found a list");
    }

    @Test
    void an_unknown_top_level_key_names_the_allowed_keys_and_the_closest_one() {
        PlanProblem problem = assertOnlyProblem("version: 1\nphases: [{id: a, steps: [{delete: {types: [a.B]}}]}]\nphsaes: 2\n",
                3, 1);

        assertEquals("unknown key `phsaes` in the plan; did you mean `phases`? allowed keys: version, approvals,"
                + " compatibility, strings, rewriteText, phases, guard, exports, dashboard", problem.message());
    }

    @Test
    void an_unknown_key_without_a_close_match_lists_the_allowed_keys_only() {
        assertOnlyProblem("version: 1\nowner: me\nphases: [{id: a, steps: [{delete: {types: [a.B]}}]}]\n", 2, 1,
                "unknown key `owner` in the plan; allowed keys: version, approvals, compatibility, strings, rewriteText, phases, guard, exports, dashboard");
    }

    @Test
    void missing_version_and_phases_are_both_reported_at_the_root() {
        List<PlanProblem> problems = problemsOf("approvals: 1\n");

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), 1, 1, "the plan is missing the required key `version`", "write `version: 1`");
        assertProblem(problems.get(1), 1, 1, "the plan is missing the required key `phases`");
    }

    @Test
    void version_must_be_the_integer_one() {
        assertOnlyProblem(PlanAssertions.withSteps("- delete: {types: [a.B]}").replace("version: 1", "version: 2"),
                1, 10, "unsupported plan `version` 2", "write `version: 1`");
        assertOnlyProblem(PlanAssertions.withSteps("- delete: {types: [a.B]}").replace("version: 1", "version: '1'"),
                1, 10, "`version` in the plan must be an integer", "found the string `1`");
    }

    @Test
    void approvals_must_be_an_integer_of_zero_or_more() {
        String plan = PlanAssertions.withSteps("- delete: {types: [a.B]}");
        assertOnlyProblem(plan + "approvals: -1\n", 6, 12, "`approvals` must be 0 or more", "found -1");
        assertOnlyProblem(plan + "approvals: one\n", 6, 12, "`approvals` in the plan must be an integer",
                "found the string `one`");
    }

    @Test
    void compatibility_must_be_none_or_forwarding_and_a_typo_gets_a_suggestion() {
        String plan = PlanAssertions.withSteps("- delete: {types: [a.B]}");
        assertOnlyProblem(plan + "compatibility: forward\n", 6, 16,
                "`compatibility` in the plan must be one of none, forwarding", "found `forward`; did you mean `forwarding`?");
    }

    @Test
    void phases_must_be_a_non_empty_list() {
        assertOnlyProblem("version: 1\nphases: {}\n", 2, 9, "`phases` in the plan must be a list", "found a mapping");
        assertOnlyProblem("version: 1\nphases: []\n", 2, 9, "`phases` is empty; add at least one phase");
    }

    @Test
    void a_phase_id_must_match_the_branch_safe_pattern() {
        assertOnlyProblem("version: 1\nphases:\n  - id: Fold_Trackers\n    steps: [{delete: {types: [a.B]}}]\n", 3, 9,
                "phase id `Fold_Trackers` must match [a-z0-9][a-z0-9-]*", "e.g. `fold-trackers`");
    }

    @Test
    void a_duplicate_phase_id_names_the_line_of_the_first() {
        String yaml = """
                version: 1
                phases:
                  - id: managers
                    steps: [{delete: {types: [a.B]}}]
                  - id: managers
                    steps: [{delete: {types: [a.C]}}]
                """;

        assertOnlyProblem(yaml, 5, 5, "duplicate phase id `managers`: the phase at line 3 already uses it");
    }

    @Test
    void a_phase_needs_an_id_and_steps_and_unknown_phase_keys_get_suggestions() {
        List<PlanProblem> problems = problemsOf("version: 1\nphases:\n  - titel: Managers\n");

        assertThat(problems).hasSize(3);
        assertProblem(problems.get(0), 3, 5, "unknown key `titel` in a phase; did you mean `title`?");
        assertProblem(problems.get(1), 3, 5, "a phase is missing the required key `id`");
        assertProblem(problems.get(2), 3, 5, "a phase is missing the required key `steps`");
    }

    @Test
    void a_phase_without_steps_is_refused() {
        assertOnlyProblem("version: 1\nphases:\n  - id: empty\n    steps: []\n", 4, 12,
                "phase `empty` has no steps; add at least one move, movePackage, merge or delete");
    }

    @Test
    void steps_must_be_a_list() {
        assertOnlyProblem("version: 1\nphases:\n  - id: p\n    steps:\n      move: {type: a.B, to: a.C}\n", 5, 7,
                "`steps` in a phase must be a list", "found a mapping");
    }

    @Test
    void a_duplicate_key_names_the_line_of_the_first() {
        assertOnlyProblem(PlanAssertions.withSteps("- delete: {types: [a.B]}") + "version: 1\n", 6, 1,
                "duplicate key `version`: it is already set at line 1");
    }

    @Test
    void yaml_aliases_and_a_second_document_are_refused() {
        String yaml = """
                version: 1
                phases:
                  - id: &name cleanup
                    title: *name
                    steps: [{delete: {types: [a.B]}}]
                ---
                other: 1
                """;

        List<PlanProblem> problems = problemsOf(yaml);

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), 4, 12, "YAML aliases (`*name`) are not supported in a plan; write the value out");
        assertProblem(problems.get(1), 7, 1, "a second YAML document starts here");
    }

    @Test
    void a_phase_title_must_be_one_non_blank_line() {
        assertOnlyProblem("version: 1\nphases:\n  - id: p\n    title: ' '\n    steps: [{delete: {types: [a.B]}}]\n",
                4, 12, "`title` of a phase is blank; give a one-line title");
        assertOnlyProblem("version: 1\nphases:\n  - id: p\n    title: |\n      one\n      two\n"
                + "    steps: [{delete: {types: [a.B]}}]\n", 4, 12, "`title` of a phase must be one line");
    }

    @Test
    void a_runaway_document_is_refused_with_the_parsers_limit() {
        String deep = "version: 1\nphases: " + "[".repeat(1500) + "]".repeat(1500) + "\n";

        PlanProblem problem = problemsOf(deep).get(0);

        assertThat(problem.message()).as(problem::toString)
                .startsWith("the plan cannot be read as YAML: Document nesting depth");
    }
}
