package dev.consolidator.plan;

import java.util.List;
import java.util.Optional;

/** A parsed, structurally valid `.github/consolidation.yml`. */
public record Plan(int version, int approvals, Compatibility compatibility, List<Phase> phases) {
    public Plan {
        phases = List.copyOf(phases);
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
