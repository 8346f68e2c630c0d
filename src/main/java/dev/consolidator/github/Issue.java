package dev.consolidator.github;

/** An issue (not a pull request); {@code state} is open or closed. */
public record Issue(int number, String htmlUrl, String title, String body, String state) {
}
