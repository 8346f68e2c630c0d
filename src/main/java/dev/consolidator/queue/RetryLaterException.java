package dev.consolidator.queue;

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
}
