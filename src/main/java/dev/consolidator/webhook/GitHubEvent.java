package dev.consolidator.webhook;

/**
 * A webhook event decoded into our own values (no GitHub library types). {@code installationId} is null for
 * deliveries of a plain repository webhook, {@code action} is null for push.
 */
public sealed interface GitHubEvent permits IssueCommentEvent, PullRequestEvent, PullRequestReviewEvent, CheckRunEvent,
        CheckSuiteEvent, PushEvent, InstallationEvent, InstallationRepositoriesEvent {
    String action();

    Long installationId();

    Sender sender();
}
