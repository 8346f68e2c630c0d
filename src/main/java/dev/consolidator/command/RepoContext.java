package dev.consolidator.command;

/** The repository an event is about, as the payload names it; {@code installationId} null means token mode. */
public record RepoContext(String fullName, String cloneUrl, String defaultBranch, Long installationId) {
}
