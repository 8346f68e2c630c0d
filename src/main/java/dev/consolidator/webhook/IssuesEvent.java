package dev.consolidator.webhook;

/**
 * An issue was opened, edited, closed...; the bot acts on {@code edited} descriptions of its dashboard issue.
 * {@code bodyBefore} is {@code changes.body.from} (null when the edit left the description alone).
 */
public record IssuesEvent(String action, RepositoryRef repository, Long installationId, Sender sender, int issueNumber,
                          String issueUrl, String body, String bodyBefore, String updatedAt) implements GitHubEvent {
}
