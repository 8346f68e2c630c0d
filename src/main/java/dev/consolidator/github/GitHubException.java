package dev.consolidator.github;

/**
 * GitHub refused a request, or could not be reached. {@code status} is the HTTP status (-1 when no answer came);
 * {@code githubMessage} is GitHub's own message (with its validation errors) when it sent one.
 */
public class GitHubException extends RuntimeException {
    private final int status;
    private final String githubMessage;

    public GitHubException(int status, String githubMessage, String operation, Throwable cause) {
        super(operation + ": " + (status < 0 ? "no answer" : "HTTP " + status)
                + (githubMessage == null || githubMessage.isBlank() ? "" : ": " + githubMessage), cause);
        this.status = status;
        this.githubMessage = githubMessage;
    }

    public int status() {
        return status;
    }

    public String githubMessage() {
        return githubMessage;
    }

    /** Whether trying the same job again later may succeed (rate limits, 5xx, network). */
    public boolean isRetryable() {
        return false;
    }
}
