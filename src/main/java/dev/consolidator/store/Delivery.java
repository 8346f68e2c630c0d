package dev.consolidator.store;

import java.time.Instant;

/**
 * One webhook delivery as stored. {@code status}: queued | ignored | done | failed.
 * {@code action}, {@code repository} and {@code installationId} are null when the payload has none.
 */
public record Delivery(String deliveryId, String event, String action, String repository, Long installationId,
                       String status, Instant receivedAt) {
    public static final String QUEUED = "queued";
    public static final String IGNORED = "ignored";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
}
