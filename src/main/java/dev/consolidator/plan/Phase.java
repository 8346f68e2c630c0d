package dev.consolidator.plan;

import java.util.List;

/** One reviewable phase: an ordered list of steps that lands as one pull request. */
public record Phase(String id, String title, String description, List<Step> steps, Location location) {
    public Phase {
        steps = List.copyOf(steps);
    }
}
