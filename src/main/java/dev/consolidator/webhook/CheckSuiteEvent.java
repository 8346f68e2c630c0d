package dev.consolidator.webhook;

import java.util.List;

/** A check suite (all the runs of one app on one commit) was requested or completed; {@code appId} may be null. */
public record CheckSuiteEvent(String action, RepositoryRef repository, Long installationId, Sender sender,
                              long checkSuiteId, String headSha, String headBranch, String status, String conclusion,
                              Long appId, String appSlug, List<Integer> pullRequests) implements GitHubEvent {
    public CheckSuiteEvent {
        pullRequests = List.copyOf(pullRequests);
    }
}
