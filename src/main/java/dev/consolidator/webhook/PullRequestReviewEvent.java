package dev.consolidator.webhook;

/** A review on a pull request; {@code state} is lower-cased (approved, changes_requested, commented, dismissed). */
public record PullRequestReviewEvent(String action, RepositoryRef repository, Long installationId, Sender sender,
                                     int pullRequestNumber, long reviewId, String reviewer, String state,
                                     String commitId) implements GitHubEvent {
}
