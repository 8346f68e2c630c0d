package dev.consolidator.plan;

import static dev.consolidator.plan.PlanAssertions.FILE;
import static dev.consolidator.plan.PlanAssertions.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code removeForwarders: {phase: id}}: names an earlier phase that leaves forwarders, and carries its forwarding steps. */
class PlanParserRemoveForwardersTest {
    private static final String TWO_PHASES = """
            version: 1
            compatibility: forwarding
            phases:
              - id: codec
                steps:
                  - move: {type: com.a.Codec, to: com.b.Codec}
                  - move: {type: com.a.Plain, to: com.b.Plain, compatibility: none}
                  - merge: {types: [com.a.Util], into: com.b.Codec, as: members, methods: {run: start}}
                  - delete: {types: [com.a.Old]}
              - id: cleanup
                steps:
                  - removeForwarders: {phase: %s}
            """;

    private static Location at(int line, int column) {
        return new Location(FILE, line, column);
    }

    @Test
    void the_step_carries_the_forwarding_steps_of_the_phase_it_names() {
        PlanParseResult result = new PlanParser().parse(TWO_PHASES.formatted("codec"), FILE);

        assertThat(result.problems()).isEmpty();
        Step step = result.plan().phase("cleanup").orElseThrow().steps().get(0);
        assertThat(step).isEqualTo(new Step.RemoveForwarders("codec", List.of(
                new Step.Move("com.a.Codec", "com.b.Codec", Compatibility.FORWARDING, at(6, 9)),
                new Step.Merge(List.of("com.a.Util"), "com.b.Codec", MergeMode.MEMBERS, Map.of("run", "start"),
                        Compatibility.FORWARDING, at(8, 9))), at(12, 35), at(12, 9)));
        assertThat(step.describe()).isEqualTo("remove the forwarders of phase codec");
    }

    @Test
    void a_phase_the_plan_does_not_have_is_refused_with_a_suggestion() {
        assertOnlyProblem(TWO_PHASES.formatted("codex"), 12, 35, "`removeForwarders` names phase `codex`, which the plan"
                + " does not have; did you mean `codec`? give the id of an earlier phase with `compatibility: forwarding`");
    }

    @Test
    void the_phase_itself_or_a_later_one_is_refused() {
        assertOnlyProblem(TWO_PHASES.formatted("cleanup"), 12, 35, "`removeForwarders` names phase `cleanup`, which is this"
                + " phase itself; forwarders can only be removed by a phase after the one that left them");
        String later = """
                version: 1
                phases:
                  - id: cleanup
                    steps:
                      - removeForwarders:
                          phase: codec
                  - id: codec
                    steps:
                      - move: {type: com.a.Codec, to: com.b.Codec, compatibility: forwarding}
                """;
        assertOnlyProblem(later, 6, 18, "`removeForwarders` names phase `codec`, which comes after phase `cleanup`");
    }

    @Test
    void a_phase_without_forwarding_steps_is_refused() {
        String yaml = TWO_PHASES.formatted("codec").replace("compatibility: forwarding\n", "compatibility: none\n")
                .replace("merge: {types: [com.a.Util], into: com.b.Codec, as: members, methods: {run: start}}",
                        "delete: {types: [com.a.Util]}");
        assertOnlyProblem(yaml, 12, 35, "`removeForwarders` names phase `codec`, which leaves no forwarders: none of its"
                + " steps is a move, movePackage or merge with `compatibility: forwarding`");
    }

    @Test
    void the_phase_key_is_required_and_nothing_else_is_allowed() {
        assertOnlyProblem(PlanAssertions.withSteps("- removeForwarders: {}"), 5, 27,
                "the `removeForwarders` step is missing the required key `phase`");
        assertOnlyProblem(TWO_PHASES.formatted("codec, types: [a.B]"), 12, 42,
                "unknown key `types` in the `removeForwarders` step; allowed keys: phase");
    }

    @Test
    void an_unknown_step_kind_lists_remove_forwarders_among_the_kinds() {
        assertOnlyProblem(PlanAssertions.withSteps("- removeForwarder: {phase: a}"), 5, 9,
                "unknown key `removeForwarder` in a step; did you mean `removeForwarders`?",
                "a step is exactly one of: move, movePackage, merge, delete, removeForwarders");
    }
}
