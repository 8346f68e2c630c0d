package dev.consolidator.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consolidator.queue.JobHandler;
import dev.consolidator.queue.JobWorker;
import dev.consolidator.store.Database;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.Job;
import dev.consolidator.store.JobStore;
import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A job that can never succeed fails at once with its reason; a transient failure is still retried. */
class PermanentFailuresTest {
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
        worker.close();
        db.close();
    }

    void start(JobHandler handler) {
        JobWorker.Settings settings = new JobWorker.Settings(1, 5, Duration.ofMillis(20), Duration.ofMillis(50),
                Duration.ofMinutes(30), Duration.ofMillis(20), Duration.ofSeconds(1));
        worker = new JobWorker(jobs, handler, Executors.newFixedThreadPool(1), settings);
        worker.start();
    }

    void enqueue(String id, String event, String payload) throws Exception {
        deliveries.recordWithJob(new Delivery(id, event, null, null, null, null, Instant.now()), payload);
        worker.wake();
    }

    Job settled(String id) {
        // looks at once and every 20 ms (Awaitility's default first look comes after 100 ms)
        return await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> jobs.findByDelivery(id).orElseThrow(),
                j -> j.status().equals(Job.FAILED) || j.status().equals("done"));
    }

    @Test
    void an_issue_comment_without_a_repository_fails_at_the_first_attempt_with_the_reason() throws Exception {
        ObjectNode payload = (ObjectNode) Json.MAPPER.readTree(Fixtures.bytes("issue_comment.created.json"));
        payload.remove("repository");
        start(new DecodingJobHandler());

        enqueue("no-repo", "issue_comment", payload.toString());

        Job job = settled("no-repo");
        assertThat(job.status()).isEqualTo(Job.FAILED);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.lastError()).contains("payload has no repository");
        assertThat(deliveries.find("no-repo").orElseThrow().status()).isEqualTo("failed");
    }

    @Test
    void a_value_too_long_for_its_column_fails_at_once() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(job -> {
            calls.incrementAndGet();
            throw new SQLException("Value too long for column \"FULL_NAME CHARACTER VARYING(300)\"", "22001");
        });

        enqueue("too-long", "push", "{}");

        assertThat(settled("too-long").attempts()).isEqualTo(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void a_transient_database_timeout_is_still_retried_up_to_the_limit() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(job -> {
            calls.incrementAndGet();
            throw new SQLException("Timeout trying to lock table", "HYT00");
        });

        enqueue("lock", "push", "{}");

        assertThat(settled("lock").attempts()).isEqualTo(5);
        assertThat(calls).hasValue(5);
    }
}
