package dev.consolidator.dashboard;

import dev.consolidator.command.dashboard.Totals;

import java.util.List;

/** {@code GET /dashboard}: every repository with a plan and how far it has come. */
public record OverviewPage(List<Entry> repositories) {
    public OverviewPage {
        repositories = List.copyOf(repositories);
    }

    /** One repository: its dashboard path, GitHub link and totals. */
    public record Entry(String repository, String path, String githubUrl, Totals totals) {
    }
}
