package dev.consolidator.github;

/**
 * A commit status: what a personal token can report where a GitHub App reports a check run. The newest status of a
 * {@code context} on a commit is the one GitHub shows; {@code targetUrl} may be null.
 */
public record CommitStatus(State state, String context, String description, String targetUrl) {
    /** GitHub shows about this many characters of a description. */
    public static final int MAX_DESCRIPTION = 140;

    public enum State { PENDING, SUCCESS, FAILURE, ERROR }

    public CommitStatus {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION - 1) + "…";
        }
    }
}
