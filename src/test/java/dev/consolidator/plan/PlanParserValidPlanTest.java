package dev.consolidator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanParserValidPlanTest {
    private static final String FILE = ".github/consolidation.yml";
    private final PlanParser parser = new PlanParser();

    private static Location at(int line, int column) {
        return new Location(FILE, line, column);
    }

    @Test
    void the_plan_from_the_issue_parses_to_the_exact_records() {
        String yaml = """
                version: 1
                approvals: 1                  # approving reviews a phase PR needs (used by the bot)
                compatibility: none           # none | forwarding  (default for every move; a step may override)
                phases:
                  - id: progress-tracking     # [a-z0-9][a-z0-9-]*, unique; phases run in this order
                    title: Fold the batch progress tracker into progress tracking
                    description: optional free text shown in the PR
                    steps:
                      - move:                 # a type to another package and/or name
                          type: com.acme.batch.ProgressStats
                          to: com.acme.progress.ProgressStats
                      - movePackage:          # every type of a package (not sub-packages unless recursive: true)
                          from: com.acme.legacy.metrics
                          to: com.acme.progress.metrics
                      - merge:                # many types into one
                          types: [com.acme.batch.ProgressTracker]
                          into: com.acme.progress.MetricsCollector
                          as: members         # members: their members move into the target
                          methods:            # members only: renames applied to the moved methods and call sites
                            updateProgress: collectBatchMetrics
                      - delete:
                          types: [com.acme.batch.OldHelper]   # refused while anything still refers to it
                """;

        PlanParseResult result = parser.parse(yaml, FILE);

        assertThat(result.problems()).as("problems of the plan").isEmpty();
        Plan expected = new Plan(1, 1, Compatibility.NONE, List.of(new Phase(
                "progress-tracking",
                "Fold the batch progress tracker into progress tracking",
                "optional free text shown in the PR",
                List.of(
                        new Step.Move("com.acme.batch.ProgressStats", "com.acme.progress.ProgressStats",
                                Compatibility.NONE, at(9, 9)),
                        new Step.MovePackage("com.acme.legacy.metrics", "com.acme.progress.metrics", false,
                                Compatibility.NONE, at(12, 9)),
                        new Step.Merge(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector",
                                MergeMode.MEMBERS, Map.of("updateProgress", "collectBatchMetrics"), at(15, 9)),
                        new Step.Delete(List.of("com.acme.batch.OldHelper"), at(21, 9))),
                at(5, 5))));
        assertEquals(expected, result.plan());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void a_step_override_wins_over_the_plan_default_and_other_steps_inherit_the_default() {
        String yaml = """
                version: 1
                compatibility: forwarding
                phases:
                  - id: moves
                    steps:
                      - move: {type: a.b.X, to: a.c.X}
                      - move: {type: a.b.Y, to: a.c.Y, compatibility: none}
                      - movePackage: {from: a.d, to: a.e, recursive: true, compatibility: none}
                      - movePackage: {from: a.f, to: a.g}
                """;

        Plan plan = parser.parse(yaml, FILE).plan();

        List<Step> steps = plan.phases().get(0).steps();
        assertEquals(Compatibility.FORWARDING, ((Step.Move) steps.get(0)).compatibility());
        assertEquals(Compatibility.NONE, ((Step.Move) steps.get(1)).compatibility());
        assertEquals(new Step.MovePackage("a.d", "a.e", true, Compatibility.NONE, at(8, 9)), steps.get(2));
        assertEquals(Compatibility.FORWARDING, ((Step.MovePackage) steps.get(3)).compatibility());
    }

    @Test
    void a_merge_step_inherits_the_plan_compatibility_or_overrides_it() {
        String yaml = """
                version: 1
                compatibility: forwarding
                phases:
                  - id: merges
                    steps:
                      - merge: {types: [a.b.X], into: a.c.Y}
                      - merge: {types: [a.b.Z], into: a.c.Y, as: nested, compatibility: none}
                """;

        List<Step> steps = parser.parse(yaml, FILE).plan().phases().get(0).steps();

        assertEquals(Compatibility.FORWARDING, ((Step.Merge) steps.get(0)).compatibility());
        assertEquals(Compatibility.NONE, ((Step.Merge) steps.get(1)).compatibility());
    }

    @Test
    void optional_keys_take_their_defaults() {
        String yaml = """
                version: 1
                phases:
                  - id: managers
                    steps:
                      - merge:
                          types: [com.acme.UserManager, com.acme.AccountManager]
                          into: com.acme.identity.IdentityManager
                """;

        Plan plan = parser.parse(yaml, FILE).plan();

        assertEquals(PlanParser.DEFAULT_APPROVALS, plan.approvals());
        assertEquals(Compatibility.NONE, plan.compatibility());
        Phase phase = plan.phases().get(0);
        assertEquals("managers", phase.title(), "the title defaults to the id");
        assertEquals("", phase.description());
        Step.Merge merge = (Step.Merge) phase.steps().get(0);
        assertEquals(MergeMode.MEMBERS, merge.as());
        assertEquals(Map.of(), merge.methods());
    }

    @Test
    void zero_approvals_nested_merges_and_method_renames_in_plan_order_are_kept() {
        String yaml = """
                version: 1
                approvals: 0
                phases:
                  - id: p1
                    steps:
                      - merge: {types: [a.B, a.C], into: a.D, as: nested}
                  - id: p2
                    steps:
                      - merge:
                          types: [a.E]
                          into: a.F
                          methods: {zeta: z, alpha: a, mid: m}
                """;

        Plan plan = parser.parse(yaml, FILE).plan();

        assertEquals(0, plan.approvals());
        assertEquals(MergeMode.NESTED, ((Step.Merge) plan.phase("p1").orElseThrow().steps().get(0)).as());
        Step.Merge renames = (Step.Merge) plan.phase("p2").orElseThrow().steps().get(0);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(renames.methods().keySet()));
    }

    @Test
    void a_byte_order_mark_and_windows_line_ends_are_accepted_and_block_text_is_trimmed() {
        String yaml = "\uFEFFversion: 1\r\nphases:\r\n  - id: p\r\n    title: '  Tidy up  '\r\n"
                + "    description: >\r\n      Folded\r\n      text\r\n"
                + "    steps: [{delete: {types: [a.B]}}]\r\n";

        Phase phase = parser.parse(yaml, FILE).plan().phases().get(0);

        assertEquals("Tidy up", phase.title());
        assertEquals("Folded text", phase.description());
        assertEquals(at(3, 5), phase.location());
    }
}
