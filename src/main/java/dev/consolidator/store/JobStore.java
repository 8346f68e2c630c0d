package dev.consolidator.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jobs in the database, claimed with a conditional UPDATE so that several threads (and later several replicas)
 * never run the same job at once. Every transition out of `running` is guarded by the claimer's id, so a worker
 * that lost its claim (lease expired, released on shutdown) cannot overwrite the job's new state.
 */
public final class JobStore {
    private static final int CLAIM_CANDIDATES = 8;
    private static final int MAX_ERROR_CHARS = 4000;

    private final Database db;
    private final Clock clock;

    public JobStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public JobStore(Database db) {
        this(db, Clock.systemUTC());
    }

    /** The time on the queue's clock: run_after and claimed_at are on it, so backoff and leases are computed on it. */
    public Instant now() {
        return clock.instant();
    }

    static int insertQueued(Connection c, Delivery d, String payload) throws SQLException {
        return Jdbc.update(c, "INSERT INTO jobs (delivery_id, event, action, repository, payload, status, attempts,"
                + " run_after, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)", d.deliveryId(),
                d.event(), d.action(), d.repository(), payload, d.receivedAt(), d.receivedAt(), d.receivedAt());
    }

    /**
     * Claims the oldest runnable queued job for {@code workerId}, counting one more attempt. The row is locked with
     * FOR UPDATE SKIP LOCKED, so claimers in other threads or replicas pass over it instead of queueing behind it;
     * the conditional UPDATE stays as a second guard.
     */
    public Optional<Job> claimNext(String workerId) throws SQLException {
        Instant now = clock.instant();
        return db.transaction(c -> {
            List<Long> candidates = Jdbc.list(c, "SELECT id FROM jobs WHERE status = 'queued' AND run_after <= ?"
                    + " ORDER BY run_after, id LIMIT " + CLAIM_CANDIDATES + " FOR UPDATE SKIP LOCKED",
                    rs -> rs.getLong(1), now);
            for (long id : candidates) {
                if (Jdbc.update(c, "UPDATE jobs SET status = 'running', claimed_by = ?, claimed_at = ?,"
                        + " attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'queued'",
                        workerId, now, now, id) == 1) {
                    return find(c, id);
                }
            }
            return Optional.empty();
        });
    }

    /** The job succeeded: done, and its delivery too. */
    public boolean markDone(Job job, String workerId) throws SQLException {
        return finishGuarded(job, workerId, Job.DONE, null, clock.instant(), Delivery.DONE);
    }

    /** The job failed but has attempts left: queued again, not before {@code runAfter}. */
    public boolean scheduleRetry(Job job, String workerId, String error, Instant runAfter) throws SQLException {
        return finishGuarded(job, workerId, Job.QUEUED, error, runAfter, null);
    }

    /** Puts a job back in the queue until {@code runAfter} without counting the attempt (e.g. a rate limit). */
    public boolean postpone(Job job, String workerId, String reason, Instant runAfter) throws SQLException {
        return db.transaction(c -> Jdbc.update(c, "UPDATE jobs SET status = 'queued', attempts = attempts - 1,"
                + " claimed_by = NULL, claimed_at = NULL, run_after = ?, last_error = ?, updated_at = ?"
                + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                runAfter, truncate(reason), clock.instant(), job.id(), workerId) == 1);
    }

    /** The job failed for the last time: failed with its error kept, and its delivery too. */
    public boolean markFailed(Job job, String workerId, String error) throws SQLException {
        return finishGuarded(job, workerId, Job.FAILED, error, clock.instant(), Delivery.FAILED);
    }

    /** Puts a job this worker could not finish (shutdown) back in the queue; the interrupted attempt does not count. */
    public boolean release(Job job, String workerId) throws SQLException {
        return db.transaction(c -> Jdbc.update(c, "UPDATE jobs SET status = 'queued', attempts = attempts - 1,"
                + " claimed_by = NULL, claimed_at = NULL, run_after = ?, updated_at = ?"
                + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                clock.instant(), clock.instant(), job.id(), workerId) == 1);
    }

    /**
     * Takes a running job away from a claimer that is gone (dead process, expired lease): queued again, or failed
     * when it already used all attempts (a job that kills its worker must not loop forever).
     */
    public boolean requeueAbandoned(Job job, int maxAttempts, String reason) throws SQLException {
        boolean exhausted = job.attempts() >= maxAttempts;
        boolean taken = finishGuarded(job, job.claimedBy(), exhausted ? Job.FAILED : Job.QUEUED, reason, clock.instant(),
                exhausted ? Delivery.FAILED : null);
        if (taken) {
            // the repository locks the dead claimer held go with its claim: whoever runs the job next needs them
            db.transaction(c -> RepoLock.releaseAllOf(c, job.claimedBy()));
        }
        return taken;
    }

    /**
     * The heartbeat of a live worker: its running jobs' claims are renewed, so only a claimer that stopped beating
     * (dead, partitioned) loses its jobs when the lease expires, however long a job runs.
     */
    public int renewClaims(String workerId) throws SQLException {
        return db.transaction(c -> Jdbc.update(c, "UPDATE jobs SET claimed_at = ? WHERE status = 'running'"
                + " AND claimed_by = ?", clock.instant(), workerId));
    }

    /** Every job currently marked running, whoever claimed it. */
    public List<Job> running() throws SQLException {
        try (Connection c = db.connection()) {
            return Jdbc.list(c, "SELECT * FROM jobs WHERE status = 'running' ORDER BY id", JobStore::job);
        }
    }

    public Optional<Job> find(long id) throws SQLException {
        try (Connection c = db.connection()) {
            return find(c, id);
        }
    }

    public Optional<Job> findByDelivery(String deliveryId) throws SQLException {
        try (Connection c = db.connection()) {
            return Jdbc.first(c, "SELECT * FROM jobs WHERE delivery_id = ?", JobStore::job, deliveryId);
        }
    }

    /** Number of jobs per status, for /healthz and tests. */
    public Map<String, Long> countByStatus() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of(Job.QUEUED, Job.RUNNING, Job.DONE, Job.FAILED)) {
            counts.put(s, 0L);
        }
        try (Connection c = db.connection()) {
            Jdbc.list(c, "SELECT status, COUNT(*) FROM jobs GROUP BY status", rs -> Map.entry(rs.getString(1),
                    rs.getLong(2))).forEach(e -> counts.put(e.getKey(), e.getValue()));
        }
        return counts;
    }

    private boolean finishGuarded(Job job, String claimer, String status, String error, Instant runAfter, String deliveryStatus)
            throws SQLException {
        return db.transaction(c -> {
            int changed = Jdbc.update(c, "UPDATE jobs SET status = ?, last_error = COALESCE(?, last_error),"
                    + " run_after = ?, claimed_by = NULL, claimed_at = NULL, updated_at = ?"
                    + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                    status, truncate(error), runAfter, clock.instant(), job.id(), claimer);
            if (changed == 1 && deliveryStatus != null) {
                Jdbc.update(c, "UPDATE deliveries SET status = ? WHERE delivery_id = ?", deliveryStatus,
                        job.deliveryId());
            }
            return changed == 1;
        });
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS);
    }

    private static Optional<Job> find(Connection c, long id) throws SQLException {
        return Jdbc.first(c, "SELECT * FROM jobs WHERE id = ?", JobStore::job, id);
    }

    private static Job job(ResultSet rs) throws SQLException {
        return new Job(rs.getLong("id"), rs.getString("delivery_id"), rs.getString("event"), rs.getString("action"),
                rs.getString("repository"), rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"),
                Jdbc.instant(rs, "run_after"), rs.getString("claimed_by"), Jdbc.instant(rs, "claimed_at"),
                rs.getString("last_error"));
    }
}
