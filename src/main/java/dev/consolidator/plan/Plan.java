package dev.consolidator.plan;

import java.util.List;
import java.util.Optional;

/**
 * A parsed, structurally valid `.github/consolidation.yml`. {@code dashboard}: whether the bot keeps the repository's
 * "Consolidation dashboard" issue (true unless the plan says {@code dashboard: false}).
 */
public record Plan(int version, int approvals, Compatibility compatibility, List<Phase> phases, GuardMode guard,
                   Exports exports, boolean dashboard) {
    public Plan {
        phases = List.copyOf(phases);
        guard = guard == null ? GuardMode.FAIL : guard;
        exports = exports == null ? Exports.NONE : exports;
    }

    /** A plan with the default guard ({@link GuardMode#FAIL}), without {@code exports:} files, dashboard issue on. */
    public Plan(int version, int approvals, Compatibility compatibility, List<Phase> phases) {
        this(version, approvals, compatibility, phases, GuardMode.FAIL, Exports.NONE, true);
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
