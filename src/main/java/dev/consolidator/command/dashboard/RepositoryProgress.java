package dev.consolidator.command.dashboard;

import dev.consolidator.store.BurndownStore;

import java.time.Instant;
import java.util.List;

/**
 * Everything both dashboards (the page and the issue) show about a repository, read from the store only: the phases
 * in plan order, the totals, the burndown ({@code start} first when a phase was applied) and the next steps.
 */
public record RepositoryProgress(String repository,
                                 List<PhaseRow> phases,
                                 Totals totals,
                                 Start start,
                                 List<BurndownStore.Point> burndown,
                                 List<NextStep> nextSteps) {
    public RepositoryProgress {
        phases = List.copyOf(phases);
        burndown = List.copyOf(burndown);
        nextSteps = List.copyOf(nextSteps);
    }

    /** The size of the Java code before the first applied phase, and when that phase was applied. */
    public record Start(String phaseId, int javaFiles, long javaLines, Instant at) {
    }
}
