package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One operation per repository at a time. The lock is a row, so it holds across threads, restarts and replicas;
 * it carries a lease so a holder that died does not keep the repository locked forever. A holder taken inside a job
 * is named after the job's claimer ({@link #holderFor}), so when that claimer is found dead and its job is handed to
 * another replica, its locks are released with it ({@link #releaseAllOf}) instead of waiting for the lock's lease.
 */
public final class RepoLock {
    private static final String SEPARATOR = "|";
    private static final ThreadLocal<String> OWNER = new ThreadLocal<>();

    private final DataSource dataSource;
    private final Clock clock;

    public RepoLock(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Takes the lock for {@code holder} (or renews it if already held by the same holder); false if another has it. */
    public boolean tryAcquire(String repository, String holder, Duration lease) {
        Instant now = clock.instant();
        // false when the insert finds the row there: another holder got there first
        return Jdbc.with(dataSource, "could not lock " + repository, c -> Jdbc.update(c, "UPDATE repo_locks"
                + " SET holder = ?, acquired_at = ?, expires_at = ? WHERE repository = ?"
                + " AND (holder = ? OR expires_at < ?)", holder, now, now.plus(lease), repository, holder, now) == 1
                || Jdbc.insertIfAbsent(c, "INSERT INTO repo_locks (repository, holder, acquired_at, expires_at)"
                + " VALUES (?, ?, ?, ?)", repository, holder, now, now.plus(lease)));
    }

    /** Marks the current thread as working for {@code claimer} (a job worker id) until {@link #clearOwner}. */
    public static void ownBy(String claimer) {
        OWNER.set(claimer);
    }

    public static void clearOwner() {
        OWNER.remove();
    }

    /** A fresh holder name: the current thread's claimer (if any) then {@code name}. */
    public static String holderFor(String name) {
        String owner = OWNER.get();
        return owner == null ? name : owner + SEPARATOR + name;
    }

    /** True when {@code holder} (with or without its claimer) starts with {@code prefix}. */
    public static boolean namedAfter(String holder, String prefix) {
        return holder.startsWith(prefix) || holder.contains(SEPARATOR + prefix);
    }

    /** Drops every lock held on behalf of {@code claimer}; returns how many. */
    static int releaseAllOf(Connection c, String claimer) throws SQLException {
        return Jdbc.update(c, "DELETE FROM repo_locks WHERE holder LIKE ? ESCAPE '!'",
                claimer.replace("!", "!!").replace("%", "!%").replace("_", "!_") + SEPARATOR + "%");
    }

    public void release(String repository, String holder) {
        Jdbc.with(dataSource, "could not unlock " + repository,
                c -> Jdbc.update(c, "DELETE FROM repo_locks WHERE repository = ? AND holder = ?", repository, holder));
    }

    /** Who holds the repository now, if anyone (an expired lease counts as free). */
    public Optional<String> holder(String repository) {
        return Jdbc.with(dataSource, "could not read the lock of " + repository, c -> Jdbc.first(c,
                "SELECT holder FROM repo_locks WHERE repository = ? AND expires_at >= ?", rs -> rs.getString(1),
                repository, clock.instant()));
    }
}
