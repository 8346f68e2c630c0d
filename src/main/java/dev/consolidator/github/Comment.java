package dev.consolidator.github;

/** An issue or pull-request comment. */
public record Comment(long id, String htmlUrl, String body, String authorLogin) {
}
