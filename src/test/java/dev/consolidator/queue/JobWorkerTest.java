package dev.consolidator.queue;

import dev.consolidator.store.Database;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.Job;
import dev.consolidator.store.JobStore;
import dev.consolidator.testing.MutableClock;
import dev.consolidator.testing.TestDatabases;
import org.awaitility.Awaitility;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JobWorkerTest {
    @TempDir
    Path dir;
    Database db;
    DeliveryStore deliveries;
    JobStore jobs;
    JobWorker worker;

    @BeforeEach
    void open() {
        db = TestDatabases.H2.open(dir);
        deliveries = new DeliveryStore(db);
        jobs = new JobStore(db);
    }

    @AfterEach
    void close() {
        if (worker != null) {
            worker.close();
        }
        db.close();
    }

    static JobWorker.Settings settings(int maxAttempts, Duration grace) {
        return new JobWorker.Settings(2, maxAttempts, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMinutes(30),
                Duration.ofMillis(20), grace);
    }

    JobWorker start(JobHandler handler, JobWorker.Settings settings) {
        worker = new JobWorker(jobs, handler, Executors.newFixedThreadPool(settings.threads()), settings);
        worker.start();
        return worker;
    }

    Job enqueue(String id) throws Exception {
        deliveries.recordWithJob(new Delivery(id, "push", null, "o/r", 1L, null, Instant.now()), "{}");
        return jobs.findByDelivery(id).orElseThrow();
    }

    Job job(String id) throws Exception {
        return jobs.findByDelivery(id).orElseThrow();
    }

    static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(condition);
    }

    @Test
    void a_job_that_throws_is_retried_after_a_backoff_that_doubles_until_it_succeeds() throws Exception {
        // given a queue on a clock the test moves, so the backoff is checked as scheduled, not as timed
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
        jobs = new JobStore(db, clock);
        deliveries.recordWithJob(new Delivery("d", "push", null, "o/r", 1L, null, clock.instant()), "{}");
        AtomicInteger calls = new AtomicInteger();

        // when its handler fails twice, then succeeds
        start(job -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("flaky " + calls.get());
            }
        }, settings(5, Duration.ofSeconds(1)));

        // then each retry waits its backoff on the queue's clock, twice as long the second time
        awaitRetryQueued(1);
        assertEquals(clock.instant().plusMillis(50), job("d").runAfter(), "first retry waits the backoff");
        stillAfterSeveralPolls("not retried before its time", () -> calls.get() == 1);
        clock.advance(Duration.ofMillis(50));

        awaitRetryQueued(2);
        assertEquals(clock.instant().plusMillis(100), job("d").runAfter(), "second retry waits twice as long");
        clock.advance(Duration.ofMillis(99));
        stillAfterSeveralPolls("not retried a millisecond early", () -> calls.get() == 2);
        clock.advance(Duration.ofMillis(1));

        await("done", () -> job("d").status().equals("done"));
        assertEquals(3, calls.get());
        assertEquals(3, job("d").attempts());
        assertEquals("done", deliveries.find("d").orElseThrow().status());
    }

    private void awaitRetryQueued(int attempts) throws Exception {
        await("attempt " + attempts + " failed and queued again",
                () -> job("d").attempts() == attempts && job("d").status().equals(Job.QUEUED));
    }

    /** {@code condition} holds for 200 ms: long enough for the worker (polling every 20 ms) to look many times. */
    private static void stillAfterSeveralPolls(String what, Callable<Boolean> condition) {
        Awaitility.await(what).during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(condition);
    }

    @Test
    void a_job_that_always_throws_fails_after_the_last_attempt_and_keeps_its_error() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        enqueue("d");
        start(job -> {
            throw new IllegalArgumentException("bad payload #" + calls.incrementAndGet());
        }, settings(3, Duration.ofSeconds(1)));

        await("failed", () -> job("d").status().equals("failed"));
        Awaitility.await("no attempt after the last one").during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(2))
                .until(() -> calls.get() == 3);
        Job failed = job("d");
        assertEquals(3, failed.attempts());
        assertEquals("java.lang.IllegalArgumentException: bad payload #3", failed.lastError());
        assertEquals("failed", deliveries.find("d").orElseThrow().status());
    }

    @Test
    void stopping_lets_a_short_job_finish_within_the_grace_period() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        enqueue("d");
        start(job -> {
            started.countDown();
            Thread.sleep(300);
        }, settings(3, Duration.ofSeconds(3)));
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the job started within 10 s").isTrue();

        worker.close();
        assertEquals("done", job("d").status());
    }

    @Test
    void stopping_puts_a_job_still_running_after_the_grace_period_back_in_the_queue() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        enqueue("d");
        start(job -> {
            started.countDown();
            Thread.sleep(60_000);
        }, settings(3, Duration.ofMillis(200)));
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the job started within 10 s").isTrue();

        long t0 = System.nanoTime();
        worker.close();
        // the job sleeps 60 s: a close that waited for it would take that long; the bound is far from both
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("close does not wait for the job").isLessThan(Duration.ofSeconds(30));
        Job back = job("d");
        assertEquals("queued", back.status());
        assertEquals(0, back.attempts(), "the interrupted attempt does not count");
        assertEquals(null, back.claimedBy());
    }

    @Test
    void a_job_left_running_by_a_dead_process_on_this_host_is_run_again_at_start() throws Exception {
        enqueue("d");
        String self = WorkerIds.newId();
        String deadProcess = self.substring(0, self.indexOf('/')) + "/999999999/1700000000000/deadbeef";
        jobs.claimNext(deadProcess).orElseThrow();
        AtomicInteger calls = new AtomicInteger();

        start(job -> calls.incrementAndGet(), settings(3, Duration.ofSeconds(1)));

        await("done", () -> job("d").status().equals("done"));
        assertEquals(1, calls.get());
        assertEquals(2, job("d").attempts(), "the crashed attempt counts");
    }

    @Test
    void a_claim_by_a_reused_pid_is_dead_but_one_by_another_worker_of_this_process_is_alive() throws Exception {
        enqueue("reused");
        enqueue("sibling");
        String[] self = WorkerIds.newId().split("/");
        long started = Long.parseLong(self[2]);
        // same host and pid, but a process that started an hour earlier: the pid was reused, the claimer is dead
        jobs.claimNext(self[0] + "/" + self[1] + "/" + (started - 3_600_000) + "/0ld0ld00").orElseThrow();
        // same host, pid and start time: another worker of this very process, still running
        jobs.claimNext(self[0] + "/" + self[1] + "/" + started + "/51b11n90").orElseThrow();

        start(job -> { }, settings(3, Duration.ofSeconds(1)));

        await("reused-pid job done", () -> job("reused").status().equals("done"));
        assertEquals("running", job("sibling").status());
    }

    @Test
    void a_job_whose_lease_expired_is_run_again_and_a_live_claim_is_left_alone() throws Exception {
        // claimed an hour ago by a process on another host (lease 30 min): abandoned
        deliveries.recordWithJob(new Delivery("old", "push", null, "o/r", 1L, null, Instant.now().minus(Duration.ofHours(2))), "{}");
        JobStore anHourAgo = new JobStore(db, Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC));
        Job old = anHourAgo.claimNext("other-host/1/old").orElseThrow();
        // claimed just now by a process on another host: still alive as far as we can tell
        enqueue("live");
        Job live = jobs.claimNext("other-host/1/live").orElseThrow();
        AtomicInteger calls = new AtomicInteger();

        start(job -> calls.incrementAndGet(), settings(3, Duration.ofSeconds(1)));

        await("old job done", () -> job(old.deliveryId()).status().equals("done"));
        assertEquals("running", job(live.deliveryId()).status());
        assertEquals(1, calls.get());
    }

    @Test
    void backoff_doubles_per_attempt_and_is_capped() {
        JobWorker w = new JobWorker(jobs, job -> { }, Executors.newSingleThreadExecutor(), settings(10, Duration.ofSeconds(1)));
        assertEquals(Duration.ofMillis(50), w.backoff(1));
        assertEquals(Duration.ofMillis(100), w.backoff(2));
        assertEquals(Duration.ofMillis(200), w.backoff(3));
        assertEquals(Duration.ofMillis(200), w.backoff(9));
        w.close();
    }
}
