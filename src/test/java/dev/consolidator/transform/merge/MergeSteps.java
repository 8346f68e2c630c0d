package dev.consolidator.transform.merge;

import dev.consolidator.plan.Location;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import java.util.List;
import java.util.Map;

/** Merge steps as the plan would give them, located at a fixed line of the plan file. */
final class MergeSteps {
    static final Location AT = new Location(".github/consolidation.yml", 12, 9);

    private MergeSteps() {
    }

    static Step.Merge members(List<String> types, String into, Map<String, String> methods) {
        return new Step.Merge(types, into, MergeMode.MEMBERS, methods, AT);
    }

    static Step.Merge nested(List<String> types, String into) {
        return new Step.Merge(types, into, MergeMode.NESTED, Map.of(), AT);
    }
}
