package dev.consolidator.github;

/** A check run as GitHub reports it; {@code conclusion} is null while not completed (lower-case API values). */
public record CheckRun(long id, String name, String headSha, String status, String conclusion, String htmlUrl) {
}
