package dev.consolidator.command.dashboard;

/**
 * An edited issue description, as the command layer needs it (decoded from an {@code issues} webhook with action
 * {@code edited} by the layer above). {@code bodyBefore} is GitHub's {@code changes.body.from}: null when the edit
 * did not touch the description. {@code updatedAt} is the issue's {@code updated_at}: the same in every delivery of
 * the edit, different for a later one.
 */
public record IssueEdit(String repository,
                        String cloneUrl,
                        String defaultBranch,
                        Long installationId,
                        int issueNumber,
                        String issueUrl,
                        String body,
                        String bodyBefore,
                        String updatedAt,
                        String senderLogin,
                        String senderType) {
}
