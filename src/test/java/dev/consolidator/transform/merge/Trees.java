package dev.consolidator.transform.merge;

import dev.consolidator.plan.Location;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders that keep the before/after tests readable. */
final class Trees {
    static final Location AT = new Location(".github/consolidation.yml", 12, 9);

    private Trees() {
    }

    /** Alternating path, text. */
    static SourceTree tree(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return SourceTree.of(files);
    }

    static Step.Merge members(List<String> types, String into, Map<String, String> methods) {
        return new Step.Merge(types, into, MergeMode.MEMBERS, methods, AT);
    }

    static Step.Merge nested(List<String> types, String into) {
        return new Step.Merge(types, into, MergeMode.NESTED, Map.of(), AT);
    }
}
