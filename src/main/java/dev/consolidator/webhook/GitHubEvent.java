package dev.consolidator.webhook;

/**
 * A webhook event decoded into our own values (no GitHub library types). {@code installationId} is null for
 * deliveries of a plain repository webhook, {@code action} is null for push, {@code repository} is null for the
 * installation events (they name their repositories in lists).
 */
public sealed interface GitHubEvent permits IssueCommentEvent, PullRequestEvent, PullRequestReviewEvent, CheckRunEvent,
        CheckSuiteEvent, PushEvent, InstallationEvent, InstallationRepositoriesEvent, IssuesEvent {
    String action();

    RepositoryRef repository();

    Long installationId();

    Sender sender();
}
