package dev.consolidator.webhook;

/** A comment on an issue or a pull request (GitHub treats PRs as issues); where `/consolidate` commands arrive. */
public record IssueCommentEvent(String action, RepositoryRef repository, Long installationId, Sender sender,
                                int issueNumber, boolean isPullRequest, long commentId, String body, String commentUrl)
        implements GitHubEvent {
}
