package dev.consolidator.github;

import io.micrometer.core.instrument.Metrics;

import java.net.http.HttpHeaders;
import java.util.concurrent.atomic.AtomicLong;

/** Counts GitHub API calls by status and keeps the rate limit GitHub reported last, in Micrometer's global registry. */
final class ApiCallMetrics {
    private static final AtomicLong REMAINING = Metrics.gauge("consolidator.github.rate.limit.remaining", new AtomicLong(-1));

    private ApiCallMetrics() {
    }

    static void record(int status, HttpHeaders headers) {
        Metrics.counter("consolidator.github.api.calls", "status", String.valueOf(status)).increment();
        headers.firstValue("X-RateLimit-Remaining").ifPresent(v -> {
            try {
                REMAINING.set(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                // not a number: keep the last figure GitHub gave
            }
        });
    }
}
