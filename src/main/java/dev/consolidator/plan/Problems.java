package dev.consolidator.plan;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one plan file, so the author sees them all at once instead of one per run. */
final class Problems {
    private final String file;
    private final List<PlanProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    Location at(int line, int column) {
        return new Location(file, line, column);
    }

    void add(Location location, String message) {
        found.add(new PlanProblem(location, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<PlanProblem> all() {
        return List.copyOf(found);
    }
}
