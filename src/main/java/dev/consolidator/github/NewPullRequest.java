package dev.consolidator.github;

/** What the bot asks GitHub to open; {@code head} is a branch of the same repository. */
public record NewPullRequest(String title, String head, String base, String body) {
}
