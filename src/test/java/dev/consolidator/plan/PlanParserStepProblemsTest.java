package dev.consolidator.plan;

import static dev.consolidator.plan.PlanAssertions.assertOnlyProblem;
import static dev.consolidator.plan.PlanAssertions.assertProblem;
import static dev.consolidator.plan.PlanAssertions.problemsOf;
import static dev.consolidator.plan.PlanAssertions.withSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems inside steps: their kind, their keys and the Java names they hold. Steps start on line 5. */
class PlanParserStepProblemsTest {

    @Test
    void a_misspelled_step_kind_gets_a_suggestion() {
        assertOnlyProblem(withSteps("- mvoe: {type: a.B, to: a.C}"), 5, 9,
                "unknown key `mvoe` in a step; did you mean `move`?", "exactly one of: move, movePackage, merge, delete");
    }

    @Test
    void a_misspelled_key_inside_a_step_suggests_the_right_one_and_the_real_key_is_missing() {
        List<PlanProblem> problems = problemsOf(withSteps("- move:\n    tpye: a.B\n    to: a.C"));

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), 6, 11, "unknown key `tpye` in the `move` step; did you mean `type`?",
                "allowed keys: type, to, compatibility");
        assertProblem(problems.get(1), 6, 11, "the `move` step is missing the required key `type`");
    }

    @Test
    void a_step_with_two_kinds_must_be_split() {
        assertOnlyProblem(withSteps("- move: {type: a.B, to: a.C}\n  delete: {types: [a.D]}"), 6, 9,
                "this one has both `move` (line 5) and `delete`; put each in its own list item");
    }

    @Test
    void an_empty_step_and_a_step_that_is_not_a_mapping_are_refused() {
        assertOnlyProblem(withSteps("- {}"), 5, 9, "this step is empty; give exactly one of move, movePackage, merge, delete");
        assertOnlyProblem(withSteps("- a.B"), 5, 9, "a step must be a mapping with exactly one of the keys", "found the string `a.B`");
        assertOnlyProblem(withSteps("- move: a.B"), 5, 15, "`move` must be a mapping of its settings (keys: type, to,"
                + " compatibility), found the string `a.B`");
    }

    @Test
    void a_step_may_override_compatibility_but_only_with_a_known_value() {
        assertOnlyProblem(withSteps("- movePackage: {from: a.b, to: a.c, compatibility: forwardng}"), 5, 58,
                "`compatibility` in the `movePackage` step must be one of none, forwarding", "did you mean `forwarding`?");
    }

    @Test
    void a_compatibility_override_next_to_the_step_kind_is_told_to_move_inside() {
        assertOnlyProblem(withSteps("- move: {type: a.B, to: a.C}\n  compatibility: forwarding"), 6, 9,
                "`compatibility` belongs inside the `move`, `movePackage` or `merge` mapping");
    }

    @Test
    void merge_and_delete_do_not_take_a_compatibility_override() {
        assertOnlyProblem(withSteps("- delete: {types: [a.B], compatibility: none}"), 5, 32,
                "unknown key `compatibility` in the `delete` step; allowed keys: types");
    }

    @Test
    void java_names_with_keywords_empty_segments_or_no_package_are_refused() {
        List<PlanProblem> problems = problemsOf(withSteps("""
                - move: {type: com..acme.X, to: com.class.X}
                - move: {type: X, to: a.b.var}
                - movePackage: {from: a.3b, to: a.b-c.}"""));

        assertThat(problems).hasSize(6);
        assertProblem(problems.get(0), 5, 22, "`type` in the `move` step is not a valid fully qualified Java type name:"
                + " it has an empty segment (a leading, trailing or doubled `.`)");
        assertProblem(problems.get(1), 5, 39, "`to` in the `move` step", "`class` is a Java keyword");
        assertProblem(problems.get(2), 6, 22, "it has no package, and a type in the default package cannot be imported");
        assertProblem(problems.get(3), 6, 29, "`var` cannot name a type in Java 17");
        assertProblem(problems.get(4), 7, 29, "`from` in the `movePackage` step is not a valid Java package name:"
                + " `3b` does not start with a letter");
        assertProblem(problems.get(5), 7, 39, "`to` in the `movePackage` step is not a valid Java package name",
                "empty segment");
    }

    @Test
    void a_move_to_its_own_name_is_refused() {
        assertOnlyProblem(withSteps("- move: {type: a.B, to: a.B}"), 5, 31,
                "`to` is the same as `type` (`a.B`), so the move would change nothing");
    }

    @Test
    void a_package_move_onto_itself_or_recursively_into_itself_is_refused() {
        assertOnlyProblem(withSteps("- movePackage: {from: a.b, to: a.b}"), 5, 38,
                "`to` is the same package as `from` (`a.b`)");
        assertOnlyProblem(withSteps("- movePackage: {from: a.b, to: a.b.c, recursive: true}"), 5, 38,
                "`to` (`a.b.c`) lies inside `from` (`a.b`), which `recursive: true` would move again");
    }

    @Test
    void recursive_must_be_a_boolean() {
        assertOnlyProblem(withSteps("- movePackage: {from: a.b, to: a.c, recursive: maybe}"), 5, 54,
                "`recursive` in the `movePackage` step must be `true` or `false`", "found the string `maybe`");
    }

    @Test
    void merge_types_must_be_a_non_empty_list() {
        assertOnlyProblem(withSteps("- merge: {types: [], into: a.X}"), 5, 24,
                "`types` in the `merge` step is empty; list at least one type");
        assertOnlyProblem(withSteps("- merge: {types: a.Y, into: a.X}"), 5, 24,
                "`types` in the `merge` step must be a list", "found the string `a.Y`");
    }

    @Test
    void merge_types_must_not_contain_the_target_or_duplicates() {
        List<PlanProblem> problems = problemsOf(withSteps("- merge:\n    types: [a.X, a.Y, a.Y]\n    into: a.X"));

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), 6, 19, "`a.X` is both in `types` and the `into` target; a type cannot merge into"
                + " itself, so remove it from `types`");
        assertProblem(problems.get(1), 6, 29, "`a.Y` is listed twice in `types` of the `merge` step (first at line 6)");
    }

    @Test
    void merge_as_must_be_members_or_nested() {
        assertOnlyProblem(withSteps("- merge: {types: [a.Y], into: a.X, as: inline}"), 5, 46,
                "`as` in the `merge` step must be one of members, nested", "found `inline`");
    }

    @Test
    void method_renames_only_apply_to_member_merges() {
        assertOnlyProblem(withSteps("- merge:\n    types: [a.Y]\n    into: a.X\n    as: nested\n    methods: {a: b}"),
                9, 11, "`methods` renames only apply with `as: members`");
    }

    @Test
    void method_renames_must_be_a_mapping_of_java_identifiers() {
        List<PlanProblem> problems = problemsOf(withSteps("""
                - merge:
                    types: [a.Y]
                    into: a.X
                    methods:
                      class: register
                      track: 1st
                      same: same
                      empty:"""));

        assertThat(problems).hasSize(4);
        assertProblem(problems.get(0), 9, 13, "method name `class` in `methods` is not a Java identifier: `class` is a"
                + " Java keyword; write each rename as `oldName: newName`");
        assertProblem(problems.get(1), 10, 20, "new method name `1st` for `track` is not a Java identifier");
        assertProblem(problems.get(2), 11, 19, "`same` is renamed to itself");
        assertProblem(problems.get(3), 12, 19, "the new name for `empty` in `methods` must be a method name, found no value");
        assertOnlyProblem(withSteps("- merge: {types: [a.Y], into: a.X, methods: [a]}"), 5, 51,
                "`methods` in the `merge` step must be a mapping (renames of moved methods as `oldName: newName`)");
    }

    @Test
    void delete_needs_a_non_empty_list_of_types() {
        assertOnlyProblem(withSteps("- delete: {types: []}"), 5, 25, "`types` in the `delete` step is empty");
        assertOnlyProblem(withSteps("- delete: {}"), 5, 17, "the `delete` step is missing the required key `types`");
    }

    @Test
    void every_problem_of_the_file_is_reported_at_once_in_line_order() {
        String yaml = """
                version: 3
                approvals: -2
                phases:
                  - id: Bad
                    steps:
                      - move: {type: a.B, to: a.B}
                      - merge: {types: [], into: a.X, as: sideways}
                  - id: ok
                    steps: []
                  - id: ok
                    steps:
                      - delete: {tpyes: [a.B]}
                """;

        List<PlanProblem> problems = problemsOf(yaml);

        assertEquals(List.of(1, 2, 4, 6, 7, 7, 9, 10, 12, 12),
                problems.stream().map(p -> p.location().line()).toList(), problems::toString);
        assertProblem(problems.get(8), 12, 17, "the `delete` step is missing the required key `types`");
        assertProblem(problems.get(9), 12, 18, "unknown key `tpyes` in the `delete` step; did you mean `types`?");
    }
}
