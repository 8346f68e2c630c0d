package dev.consolidator.webhook;

/** A pull request changed; {@code merged} and {@code mergeCommitSha} matter for action "closed". */
public record PullRequestEvent(String action, RepositoryRef repository, Long installationId, Sender sender,
                               int number, String title, String state, String headRef, String headSha, String baseRef,
                               boolean merged, String mergeCommitSha) implements GitHubEvent {
}
