package dev.consolidator.webhook;

/** Commits were pushed to (or a ref was created/deleted in) a repository. Push has no action: it is null. */
public record PushEvent(RepositoryRef repository, Long installationId, Sender sender, String ref, String before,
                        String after, boolean created, boolean deleted) implements GitHubEvent {
    @Override
    public String action() {
        return null;
    }

    /** The branch name for refs/heads/..., else null (tags). */
    public String branch() {
        return ref != null && ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : null;
    }
}
