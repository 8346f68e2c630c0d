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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

        assertThat(lock.tryAcquire("acme/batch", "job-1", Duration.ofMinutes(10)))
                .as("job-1 takes the free lock on acme/batch (holder now: %s)", lock.holder("acme/batch")).isTrue();
        assertThat(lock.tryAcquire("acme/batch", "job-2", Duration.ofMinutes(10)))
                .as("job-2 takes the lock job-1 holds (holder now: %s)", lock.holder("acme/batch")).isFalse();
        assertThat(lock.tryAcquire("other/repo", "job-2", Duration.ofMinutes(10)))
                .as("locks are per repository (holder of other/repo now: %s)", lock.holder("other/repo")).isTrue();
        assertEquals(Optional.of("job-1"), lock.holder("acme/batch"));

        lock.release("acme/batch", "job-1");
        assertThat(lock.tryAcquire("acme/batch", "job-2", Duration.ofMinutes(10)))
                .as("job-2 takes the released lock (holder now: %s)", lock.holder("acme/batch")).isTrue();
    }

    @Test
    void expired_lease_of_a_dead_holder_can_be_taken_over() {
        Instant t0 = Instant.parse("2026-11-22T10:00:00Z");
        new RepoLock(dataSource, Clock.fixed(t0, ZoneOffset.UTC)).tryAcquire("acme/batch", "dead", Duration.ofMinutes(5));

        RepoLock later = new RepoLock(dataSource, Clock.fixed(t0.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
        assertEquals(Optional.empty(), later.holder("acme/batch"));
        assertThat(later.tryAcquire("acme/batch", "alive", Duration.ofMinutes(5)))
                .as("alive takes the expired lock (holder now: %s)", later.holder("acme/batch")).isTrue();
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
            assertThat(lock.tryAcquire("acme/batch", held, Duration.ofMinutes(30)))
                    .as("%s takes the free lock (holder now: %s)", held, lock.holder("acme/batch")).isTrue();
        } finally {
            RepoLock.clearOwner();
        }
        assertThat(lock.tryAcquire("other/repo", "someone-else", Duration.ofMinutes(30)))
                .as("someone-else takes the free lock (holder now: %s)", lock.holder("other/repo")).isTrue();

        assertThat(jobs.requeueAbandoned(job, 5, "claimer died")).as("the abandoned job is taken from its dead claimer: %s", jobs.find(job.id())).isTrue();

        assertEquals(Optional.empty(), lock.holder("acme/batch"), "released at once, not after the lock's 30 minutes");
        assertThat(lock.tryAcquire("acme/batch", "survivor", Duration.ofMinutes(30)))
                .as("survivor takes the released lock (holder now: %s)", lock.holder("acme/batch")).isTrue();
        assertEquals(Optional.of("someone-else"), lock.holder("other/repo"), "other holders keep their locks");
        assertThat(RepoLock.namedAfter(held, "comment:")).as("holder %s is named after comment:", held).isTrue();
    }
}
