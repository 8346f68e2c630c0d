package dev.consolidator.store;

import java.time.Instant;

/**
 * A unit of work for one delivery. {@code status}: queued | running | done | failed. {@code attempts} counts
 * claims, including the current one while running. {@code claimedBy}/{@code claimedAt} are null unless running.
 */
public record Job(long id, String deliveryId, String event, String action, String repository, String payload,
                  String status, int attempts, Instant runAfter, String claimedBy, Instant claimedAt, String lastError) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
}
