package dev.consolidator.webhook;

import java.util.List;

/** A check run was created, completed or re-requested; {@code conclusion} is null until completed. */
public record CheckRunEvent(String action, RepositoryRef repository, Long installationId, Sender sender,
                            long checkRunId, String name, String headSha, String status, String conclusion,
                            Long appId, String appSlug, long checkSuiteId, List<Integer> pullRequests) implements GitHubEvent {
    public CheckRunEvent {
        pullRequests = List.copyOf(pullRequests);
    }
}
