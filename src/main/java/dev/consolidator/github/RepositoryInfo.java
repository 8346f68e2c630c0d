package dev.consolidator.github;

/** What the bot needs to know about a repository before cloning it. */
public record RepositoryInfo(String fullName, String defaultBranch, String cloneUrl, String htmlUrl, boolean isPrivate) {
}
