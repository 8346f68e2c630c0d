package dev.consolidator.plan;

import java.util.List;

/**
 * One reviewable phase: an ordered list of steps that lands as one pull request. {@code text} is the plan's handling
 * of retired names in strings, comments and text files, which every phase of the plan shares; {@code exports} the
 * plan's export files that the phase updates.
 */
public record Phase(String id, String title, String description, List<Step> steps, Location location,
                    TextRewrites text, PhaseExports exports) {
    public Phase {
        steps = List.copyOf(steps);
        exports = exports == null ? PhaseExports.NONE : exports;
    }

    /** A phase that updates no export files. */
    public Phase(String id, String title, String description, List<Step> steps, Location location, TextRewrites text) {
        this(id, title, description, steps, location, text, PhaseExports.NONE);
    }

    /** The steps that leave forwarders at the old names: moves and merges with {@code compatibility: forwarding}. */
    public List<Step> forwardingSteps() {
        return steps.stream().filter(RemovedForwarders::forwards).toList();
    }

    /** A phase with the default handling of names in strings and text files. */
    public Phase(String id, String title, String description, List<Step> steps, Location location) {
        this(id, title, description, steps, location, TextRewrites.DEFAULT);
    }
}
