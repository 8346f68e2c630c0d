package dev.consolidator.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepoLockTest {
    @TempDir
    Path dir;
    Database db;
    javax.sql.DataSource dataSource;

    @AfterEach
    void close() {
        db.close();
    }

    @BeforeEach
    void database() {
        db = Database.open("jdbc:h2:file:" + dir.resolve("db"));
        dataSource = db.dataSource();
    }

    @Test
    void second_holder_is_refused_until_the_first_releases() {
        RepoLock lock = new RepoLock(dataSource, Clock.systemUTC());

        assertTrue(lock.tryAcquire("acme/batch", "job-1", Duration.ofMinutes(10)));
        assertFalse(lock.tryAcquire("acme/batch", "job-2", Duration.ofMinutes(10)));
        assertTrue(lock.tryAcquire("other/repo", "job-2", Duration.ofMinutes(10)), "locks are per repository");
        assertEquals(Optional.of("job-1"), lock.holder("acme/batch"));

        lock.release("acme/batch", "job-1");
        assertTrue(lock.tryAcquire("acme/batch", "job-2", Duration.ofMinutes(10)));
    }

    @Test
    void expired_lease_of_a_dead_holder_can_be_taken_over() {
        Instant t0 = Instant.parse("2026-11-22T10:00:00Z");
        new RepoLock(dataSource, Clock.fixed(t0, ZoneOffset.UTC)).tryAcquire("acme/batch", "dead", Duration.ofMinutes(5));

        RepoLock later = new RepoLock(dataSource, Clock.fixed(t0.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
        assertEquals(Optional.empty(), later.holder("acme/batch"));
        assertTrue(later.tryAcquire("acme/batch", "alive", Duration.ofMinutes(5)));
        assertEquals(Optional.of("alive"), later.holder("acme/batch"));
    }

    @Test
    void audit_log_keeps_commands_newest_first() {
        AuditLog log = new AuditLog(dataSource, Clock.systemUTC());
        log.record("acme/batch", "octocat", "apply", "progress", "cli", "done", "opened #3");
        log.record("acme/batch", "hubot", "apply", "progress", "cli", "denied", "needs write access");

        List<AuditLog.Entry> entries = log.recent("acme/batch", 10);
        assertEquals(List.of("denied", "done"), entries.stream().map(AuditLog.Entry::outcome).toList());
    }
}
