package dev.consolidator.github;

/** A check run to start on a commit; {@code detailsUrl} and {@code externalId} may be null. */
public record CheckRunRequest(String name, String headSha, String detailsUrl, String externalId) {
}
