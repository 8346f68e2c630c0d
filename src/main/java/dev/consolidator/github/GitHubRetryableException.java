package dev.consolidator.github;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may go away: a primary or secondary rate limit (403/429), a 5xx, a network error, or an expired
 * installation token. The caller should retry the whole job later (after {@link #retryAfter()} when GitHub said) a
 * bounded number of times, looking things up before creating them.
 */
public class GitHubRetryableException extends GitHubException {
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final Duration retryAfter;

    public GitHubRetryableException(int status, String githubMessage, String operation, Duration retryAfter,
                                    Throwable cause) {
        super(status, githubMessage, operation, cause);
        this.retryAfter = retryAfter;
    }

    /** How long GitHub asked us to wait (Retry-After or X-RateLimit-Reset), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * When to run the job again: what GitHub asked for, else 10 s doubled per earlier attempt (1 = first retry), at
     * most 10 minutes.
     */
    public Duration suggestedDelay(int attempt) {
        if (retryAfter != null) {
            return retryAfter;
        }
        int doublings = Math.max(0, Math.min(attempt - 1, 6));
        Duration backoff = Duration.ofSeconds(10L << doublings);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
