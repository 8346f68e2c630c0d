package dev.consolidator.plan;

import java.util.List;

/**
 * What a phase needs to update the plan's {@code exports:} files: the files, and the phases before it in the plan
 * (for the sections the files do not have yet). {@link #NONE} when the plan keeps no export files.
 */
public record PhaseExports(Exports files, List<Phase> earlier) {
    public static final PhaseExports NONE = new PhaseExports(Exports.NONE, List.of());

    public PhaseExports {
        earlier = List.copyOf(earlier);
    }
}
