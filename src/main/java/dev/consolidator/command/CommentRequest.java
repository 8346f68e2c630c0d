package dev.consolidator.command;

/**
 * A comment someone wrote on an issue or pull request, as the command layer needs it (decoded from the webhook
 * by the layer above). {@code installationId} is null for a plain repository webhook: token mode.
 */
public record CommentRequest(String action,
                             String repository,
                             String cloneUrl,
                             String defaultBranch,
                             Long installationId,
                             int issueNumber,
                             long commentId,
                             String commentUrl,
                             String senderLogin,
                             String senderType,
                             String body) {
}
