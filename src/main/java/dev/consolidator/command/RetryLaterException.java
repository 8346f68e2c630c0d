package dev.consolidator.command;

import java.time.Duration;

/**
 * GitHub asked us to wait (a rate limit with a reset time): the job should run again after {@code after}, and the
 * wait is not a failed attempt. Workers never sleep on it: they put the job back in the queue.
 */
public class RetryLaterException extends RuntimeException {
    private final Duration after;

    public RetryLaterException(Duration after, String message, Throwable cause) {
        super(message, cause);
        this.after = after;
    }

    public Duration after() {
        return after;
    }

    /** Runs {@code work}, turning GitHub's "wait until" answers into a {@link RetryLaterException}. */
    public static void pacing(Runnable work) {
        try {
            work.run();
        } catch (dev.consolidator.github.GitHubRetryableException e) {
            if (e.retryAfter().isPresent()) {
                throw new RetryLaterException(e.retryAfter().get(), "GitHub asked to wait " + e.retryAfter().get()
                        + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
