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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.store.StoreFixtures.delivery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class JobStoreTest {
    @Parameter
    TestDatabases database;
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;
    Database db;
    DeliveryStore deliveries;
    JobStore jobs;

    @BeforeEach
    void open() {
        db = database.open(dir);
        deliveries = new DeliveryStore(db);
        jobs = new JobStore(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void claims_take_the_oldest_job_and_count_an_attempt() throws Exception {
        deliveries.recordWithJob(delivery("later", NOW.minusSeconds(5)), "{}");
        deliveries.recordWithJob(delivery("older", NOW.minusSeconds(10)), "{}");

        Job job = jobs.claimNext("w1").orElseThrow();
        assertEquals("older", job.deliveryId());
        assertEquals("running", job.status());
        assertEquals("w1", job.claimedBy());
        assertEquals(1, job.attempts());
    }

    @Test
    void a_job_scheduled_for_later_is_not_claimed_before_its_time() throws Exception {
        deliveries.recordWithJob(delivery("d", NOW.minusSeconds(1)), "{}");
        Job job = jobs.claimNext("w1").orElseThrow();
        assertThat(jobs.scheduleRetry(job, "w1", "boom", NOW.plusSeconds(30))).as("w1 schedules a retry: %s", jobs.find(job.id())).isTrue();

        assertEquals(Optional.empty(), jobs.claimNext("w1"));
        JobStore later = new JobStore(db, Clock.fixed(NOW.plusSeconds(31), ZoneOffset.UTC));
        Job again = later.claimNext("w1").orElseThrow();
        assertEquals(2, again.attempts());
        assertEquals("boom", again.lastError());
    }

    @Test
    void a_postponed_job_waits_until_its_time_without_spending_an_attempt() throws Exception {
        deliveries.recordWithJob(delivery("d", NOW.minusSeconds(1)), "{}");
        Job job = jobs.claimNext("w1").orElseThrow();
        assertThat(jobs.postpone(job, "w1", "rate limited until 12:10", NOW.plusSeconds(600)))
                .as("w1 postpones its job: %s", jobs.find(job.id())).isTrue();

        assertEquals(Optional.empty(), new JobStore(db, Clock.fixed(NOW.plusSeconds(599), ZoneOffset.UTC)).claimNext("w1"));
        Job again = new JobStore(db, Clock.fixed(NOW.plusSeconds(601), ZoneOffset.UTC)).claimNext("w1").orElseThrow();
        assertEquals(1, again.attempts(), "the wait did not count as an attempt");
        assertEquals("rate limited until 12:10", again.lastError());
        assertThat(jobs.postpone(job, "w2", "not the claimer", NOW)).as("only the claimer can postpone: %s", jobs.find(job.id())).isFalse();
    }

    @Test
    void concurrent_claimers_never_get_the_same_job() throws Exception {
        for (int i = 0; i < 150; i++) {
            deliveries.recordWithJob(delivery("d" + i, NOW.minusSeconds(100)), "{}");
        }
        Set<Long> claimed = ConcurrentHashMap.newKeySet();
        List<Long> duplicates = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String worker = "w" + t;
            loops.add(pool.submit(() -> {
                Optional<Job> job;
                while ((job = jobs.claimNext(worker)).isPresent()) {
                    if (!claimed.add(job.get().id())) {
                        synchronized (duplicates) {
                            duplicates.add(job.get().id());
                        }
                    }
                    jobs.markDone(job.get(), worker);
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        pool.shutdown();
        assertEquals(List.of(), duplicates);
        assertThat(claimed).hasSize(150);
        assertEquals(150, jobs.countByStatus().get("done"));
    }

    @Test
    void done_and_failed_update_the_delivery_and_keep_the_error() throws Exception {
        deliveries.recordWithJob(delivery("ok", NOW.minusMillis(2)), "{}");
        deliveries.recordWithJob(delivery("bad", NOW.minusMillis(1)), "{}");
        Job ok = jobs.claimNext("w").orElseThrow();
        Job bad = jobs.claimNext("w").orElseThrow();

        assertThat(jobs.markDone(ok, "w")).as("w marks its job done: %s", jobs.find(ok.id())).isTrue();
        assertThat(jobs.markFailed(bad, "w", "java.lang.IllegalStateException: no")).as("w marks its job failed: %s", jobs.find(bad.id())).isTrue();

        assertEquals("done", deliveries.find("ok").orElseThrow().status());
        assertEquals("failed", deliveries.find("bad").orElseThrow().status());
        Job failed = jobs.find(bad.id()).orElseThrow();
        assertEquals("failed", failed.status());
        assertEquals("java.lang.IllegalStateException: no", failed.lastError());
        assertNull(failed.claimedBy());
    }

    @Test
    void only_the_current_claimer_can_finish_a_job() throws Exception {
        deliveries.recordWithJob(delivery("d", NOW), "{}");
        Job job = jobs.claimNext("w1").orElseThrow();

        assertThat(jobs.markDone(job, "w2")).as("w2 marks done a job w1 claimed: %s", jobs.find(job.id())).isFalse();
        assertThat(jobs.release(job, "w1")).as("w1 releases its job: %s", jobs.find(job.id())).isTrue();
        assertThat(jobs.markDone(job, "w1")).as("released: the old claim is gone: %s", jobs.find(job.id())).isFalse();
        Job queued = jobs.find(job.id()).orElseThrow();
        assertEquals("queued", queued.status());
        assertEquals(0, queued.attempts(), "an attempt interrupted by shutdown does not count");
    }

    @Test
    void an_abandoned_job_is_requeued_or_failed_once_out_of_attempts() throws Exception {
        deliveries.recordWithJob(delivery("d", NOW), "{}");
        Job first = jobs.claimNext("dead-1").orElseThrow();
        assertThat(jobs.requeueAbandoned(first, 2, "dead")).as("the abandoned job is taken from its dead claimer: %s", jobs.find(first.id())).isTrue();
        assertEquals("queued", jobs.find(first.id()).orElseThrow().status());

        Job second = jobs.claimNext("dead-2").orElseThrow();
        assertEquals(2, second.attempts());
        assertThat(jobs.requeueAbandoned(second, 2, "dead again")).as("the abandoned job is taken from its dead claimer: %s", jobs.find(second.id())).isTrue();
        Job failed = jobs.find(first.id()).orElseThrow();
        assertEquals("failed", failed.status());
        assertEquals("dead again", failed.lastError());
        assertEquals("failed", deliveries.find("d").orElseThrow().status());
    }

    @Test
    void running_lists_claimed_jobs_with_their_claimer() throws Exception {
        deliveries.recordWithJob(delivery("d", NOW), "{}");
        jobs.claimNext("w9");
        List<Job> running = jobs.running();
        assertThat(running).hasSize(1);
        assertEquals("w9", running.get(0).claimedBy());
        assertEquals(NOW, running.get(0).claimedAt());
        assertEquals(new HashSet<>(List.of("d")), new HashSet<>(running.stream().map(Job::deliveryId).toList()));
    }

    @Test
    void a_live_worker_renews_only_its_own_claims() throws Exception {
        deliveries.recordWithJob(delivery("mine", NOW.minusSeconds(2)), "{}");
        deliveries.recordWithJob(delivery("theirs", NOW.minusSeconds(1)), "{}");
        Job mine = jobs.claimNext("alive").orElseThrow();
        Job theirs = jobs.claimNext("silent").orElseThrow();

        JobStore later = new JobStore(db, Clock.fixed(NOW.plusSeconds(90), ZoneOffset.UTC));
        assertEquals(1, later.renewClaims("alive"));

        assertEquals(NOW.plusSeconds(90), jobs.find(mine.id()).orElseThrow().claimedAt());
        assertEquals(NOW, jobs.find(theirs.id()).orElseThrow().claimedAt(), "a claimer that stopped beating keeps its old lease");
        assertEquals("alive", jobs.find(mine.id()).orElseThrow().claimedBy());
    }
}
