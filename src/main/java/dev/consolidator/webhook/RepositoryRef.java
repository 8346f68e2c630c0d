package dev.consolidator.webhook;

/** The repository an event is about. */
public record RepositoryRef(long id, String fullName, String defaultBranch, String cloneUrl, boolean isPrivate) {
    public String owner() {
        return fullName.substring(0, fullName.indexOf('/'));
    }

    public String name() {
        return fullName.substring(fullName.indexOf('/') + 1);
    }
}
