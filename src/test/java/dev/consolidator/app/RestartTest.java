package dev.consolidator.app;

import dev.consolidator.store.Database;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.Job;
import dev.consolidator.store.JobStore;
import dev.consolidator.webhook.DecodingJobHandler;
import dev.consolidator.webhook.Fixtures;
import dev.consolidator.webhook.GitHubEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Jobs live in the H2 file, not in memory: a new server on the same file picks them up, exactly once. */
class RestartTest {
    @TempDir
    Path dir;

    @Test
    void a_job_stored_before_a_stop_is_processed_exactly_once_by_the_next_server() throws Exception {
        Config config = TestConfigs.config(dir);
        byte[] body = Fixtures.bytes("issue_comment.created.slash-command.json");

        Database first = Database.open(config.dbUrl());
        Server paused = Server.builder(config, first).startWorker(false).start();
        assertEquals(202, new WebhookClient(paused.port()).post("issue_comment", "before-restart", body).statusCode());
        paused.close();
        first.close();

        List<GitHubEvent> handled = new CopyOnWriteArrayList<>();
        try (Database second = Database.open(config.dbUrl())) {
            Server server = Server.start(config, second, new DecodingJobHandler(handled::add));
            try {
                DeliveryStore deliveries = new DeliveryStore(second);
                Await.until("the stored job ran", Duration.ofSeconds(10),
                        () -> deliveries.find("before-restart").orElseThrow().status().equals("done"));
                assertEquals(200, new WebhookClient(server.port()).post("issue_comment", "before-restart", body).statusCode());
                await("not run again").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                        .until(() -> handled.size() == 1);
                assertEquals(1, new JobStore(second).findByDelivery("before-restart").orElseThrow().attempts());
            } finally {
                server.close();
            }
        }
    }

    @Test
    void a_job_interrupted_by_a_stop_goes_back_to_the_queue_and_the_next_server_finishes_it() throws Exception {
        Config config = TestConfigs.config(dir); // shutdown grace: 1 s
        CountDownLatch started = new CountDownLatch(1);

        Database first = Database.open(config.dbUrl());
        Server stuck = Server.start(config, first, job -> {
            started.countDown();
            Thread.sleep(60_000);
        });
        new WebhookClient(stuck.port()).post("push", "mid-job", Fixtures.bytes("push.branch.json"));
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the job started within 10 s").isTrue();
        long t0 = System.nanoTime();
        stuck.close();
        // the job sleeps 60 s: a stop that waited for it would take that long; the bound is far from both
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("stop does not wait for a stuck job").isLessThan(Duration.ofSeconds(30));
        Job back = new JobStore(first).findByDelivery("mid-job").orElseThrow();
        assertEquals("queued", back.status());
        first.close();

        List<GitHubEvent> handled = new CopyOnWriteArrayList<>();
        try (Database second = Database.open(config.dbUrl())) {
            Server server = Server.start(config, second, new DecodingJobHandler(handled::add));
            try {
                JobStore jobs = new JobStore(second);
                Await.until("done", Duration.ofSeconds(10), () -> jobs.findByDelivery("mid-job").orElseThrow().status().equals("done"));
                assertThat(handled).hasSize(1);
                assertEquals(1, jobs.findByDelivery("mid-job").orElseThrow().attempts());
            } finally {
                server.close();
            }
        }
    }
}
