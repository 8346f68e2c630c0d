package dev.consolidator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan shipped with examples/acme-batch must stay valid; tests run from the project root. */
class ExamplePlanTest {
    private static final Path PLAN = Path.of("examples/acme-batch/.github/consolidation.yml");

    @Test
    void the_example_plan_is_valid_with_three_phases() throws IOException {
        PlanParseResult result = new PlanParser().parse(Files.readString(PLAN), PLAN.toString());

        assertThat(result.problems()).as("problems of %s", PLAN).isEmpty();
        Plan plan = result.plan();
        assertEquals(List.of("progress-tracking", "identity-managers", "reporting-package"),
                plan.phases().stream().map(Phase::id).toList());
        assertEquals(1, plan.approvals());
        Step.Merge tracker = (Step.Merge) plan.phase("progress-tracking").orElseThrow().steps().get(1);
        assertEquals(Map.of("updateProgress", "collectBatchMetrics", "reportProgress", "formatBatchProgress",
                "shouldReport", "isBatchReportDue"), tracker.methods());
        assertEquals(List.of("merge", "merge"), kinds(plan.phase("identity-managers").orElseThrow()));
        assertEquals(List.of("movePackage", "move", "delete"), kinds(plan.phase("reporting-package").orElseThrow()));
    }

    private static List<String> kinds(Phase phase) {
        return phase.steps().stream().map(step -> {
            if (step instanceof Step.Move) {
                return "move";
            } else if (step instanceof Step.MovePackage) {
                return "movePackage";
            } else if (step instanceof Step.Merge) {
                return "merge";
            }
            return "delete";
        }).toList();
    }
}
