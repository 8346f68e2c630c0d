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

    /** A plan without {@code exports:} files and with the dashboard issue on. */
    public Plan(int version, int approvals, Compatibility compatibility, List<Phase> phases, GuardMode guard) {
        this(version, approvals, compatibility, phases, guard, Exports.NONE, true);
    }

    /** A plan with the default guard ({@link GuardMode#FAIL}). */
    public Plan(int version, int approvals, Compatibility compatibility, List<Phase> phases) {
        this(version, approvals, compatibility, phases, GuardMode.FAIL);
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
