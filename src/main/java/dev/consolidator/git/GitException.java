package dev.consolidator.git;

/**
 * An infrastructure failure in the git layer: unreadable repository, I/O error, transport or authentication
 * failure. Expected outcomes (branch exists, conflict, rejected push, dirty tree) are result values instead.
 * Messages never contain credentials.
 */
public class GitException extends RuntimeException {
    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
