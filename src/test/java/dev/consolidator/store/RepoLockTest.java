package dev.consolidator.store;

import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
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

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class RepoLockTest {
    @Parameter
    TestDatabases database;
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
        db = database.open(dir);
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

    @Test
    void the_locks_of_a_dead_claimer_are_released_with_its_job() throws Exception {
        DeliveryStore deliveries = new DeliveryStore(db);
        JobStore jobs = new JobStore(db);
        deliveries.recordWithJob(StoreFixtures.delivery("d1", Instant.now()), "{}");
        Job job = jobs.claimNext("host/1/2/dead").orElseThrow();
        RepoLock lock = new RepoLock(dataSource, Clock.systemUTC());
        RepoLock.ownBy(job.claimedBy());
        String held;
        try {
            held = RepoLock.holderFor("comment:1");
            assertTrue(lock.tryAcquire("acme/batch", held, Duration.ofMinutes(30)));
        } finally {
            RepoLock.clearOwner();
        }
        assertTrue(lock.tryAcquire("other/repo", "someone-else", Duration.ofMinutes(30)));

        assertTrue(jobs.requeueAbandoned(job, 5, "claimer died"));

        assertEquals(Optional.empty(), lock.holder("acme/batch"), "released at once, not after the lock's 30 minutes");
        assertTrue(lock.tryAcquire("acme/batch", "survivor", Duration.ofMinutes(30)));
        assertEquals(Optional.of("someone-else"), lock.holder("other/repo"), "other holders keep their locks");
        assertTrue(RepoLock.namedAfter(held, "comment:"));
    }
}
