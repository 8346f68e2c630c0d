package dev.consolidator.github;

import java.time.Instant;

/** A pull-request review; {@code state} is GitHub's value upper-cased (APPROVED, CHANGES_REQUESTED, DISMISSED...). */
public record Review(long id, String login, String state, String commitId, Instant submittedAt) {
}
