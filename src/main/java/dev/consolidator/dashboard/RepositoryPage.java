package dev.consolidator.dashboard;

import dev.consolidator.command.dashboard.PhaseRow;
import dev.consolidator.command.dashboard.RepositoryProgress;

import java.util.List;

/** {@code GET /dashboard/{owner}/{repo}}: the progress, the two burndown series and where things are on GitHub. */
public record RepositoryPage(RepositoryProgress progress, GitHubLinks links, List<BurndownChart> charts) {
    public RepositoryPage {
        charts = List.copyOf(charts);
    }

    public String pullUrl(Integer number) {
        return number == null ? null : links.pull(progress.repository(), number);
    }

    public String commitUrl(String sha) {
        return sha == null ? null : links.commit(progress.repository(), sha);
    }

    public String shortSha(String sha) {
        return PhaseRow.shortSha(sha);
    }

    /** A CSS class per shown state ("rolled back" → "state-rolled-back"). */
    public String stateClass(PhaseRow row) {
        return "state-" + row.state().replace(' ', '-');
    }
}
