package dev.consolidator.bot;

import dev.consolidator.app.ChildJvm;
import dev.consolidator.app.Main;
import dev.consolidator.store.Database;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.Job;
import dev.consolidator.store.JobStore;
import dev.consolidator.testing.TestDatabases;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static dev.consolidator.testing.ServeProcesses.awaitPort;

/**
 * Two real `serve` processes on one PostgreSQL: deliveries are spread over both and redelivered to the other (as
 * GitHub retries to any replica), one replica is killed with SIGKILL in the middle of an apply while it holds the
 * repository's lock, and the other finishes the job: every delivery stored and run once, one backup, one phase
 * branch, one pull request, one answer.
 */
class ReplicasProcessTest extends BotTestSupport {
    static final String PHASE = "reporting-package";
    @RegisterExtension
    final WireMockExtension wm = FakeGitHub.extension(github);
    static final int BURST = 20;

    @Test
    void a_replica_killed_mid_apply_is_taken_over_by_the_other_without_duplicates() throws Exception {
        RemoteRepo remote = RemoteRepo.seed(tmp.resolve("github"), RemoteRepo.EXAMPLE, BotHarness.resource("/bot/plans/two-phases.yml"));
        github.install(wm, remote::branch);
        String dbUrl = TestDatabases.POSTGRES.url(tmp);
        Process a = start("a", dbUrl);
        Process b = null;
        try {
            Deliveries toA = new Deliveries(awaitPort(a), BotHarness.SECRET, BotHarness.OWNER, BotHarness.REPO, remote.url(), null);

            // a reaches the pull request call holding the repository lock, and is killed there
            CompletableFuture<Void> pullRequested = new CompletableFuture<>();
            CompletableFuture<Void> killed = new CompletableFuture<>();
            github.holdNext("POST /repos/" + BotHarness.OWNER + "/" + BotHarness.REPO + "/pulls", pullRequested, killed);

            // the apply goes to replica a while it runs alone, so a (not b, which shares the queue) claims it
            Deliveries.Delivery apply = toA.comment("/consolidate apply");
            assertThat(toA.post(apply)).isEqualTo(202);
            pullRequested.get(120, TimeUnit.SECONDS);

            // b joins, and a burst of comments goes to both, each delivered to both
            b = start("b", dbUrl);
            Deliveries toB = new Deliveries(awaitPort(b), BotHarness.SECRET, BotHarness.OWNER, BotHarness.REPO, remote.url(), null);
            Random random = new Random(12);
            List<Deliveries.Delivery> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Deliveries.Delivery d = toA.comment("Looks good to me, part " + i);
                burst.add(d);
                Deliveries first = random.nextBoolean() ? toA : toB;
                assertThat(first.post(d)).isEqualTo(202);
                assertThat((first == toA ? toB : toA).post(d)).as("a redelivery to the other replica: acknowledged, stored once").isIn(200, 202);
            }

            // a is killed while it waits for the pull request: mid-job, its branches pushed, under the repository lock
            assertThat(remote.branch("consolidation/backup/" + PHASE)).isPresent();
            a.destroyForcibly();
            a.waitFor(10, TimeUnit.SECONDS);
            killed.complete(null);
            assertThat(toB.post(apply)).as("GitHub retries the apply to the surviving replica").isEqualTo(200);

            // b finishes everything
            try (Database db = Database.open(dbUrl, TestDatabases.POSTGRES.user(), TestDatabases.POSTGRES.password())) {
                JobStore jobs = new JobStore(db);
                await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                        assertThat(jobs.countByStatus()).as(github.transcript())
                                .containsEntry("done", (long) BURST + 1).containsEntry("running", 0L).containsEntry("queued", 0L));
                assertThat(new DeliveryStore(db).count()).as("each delivery stored once").isEqualTo(BURST + 1);
                Job applied = jobs.findByDelivery(apply.id()).orElseThrow();
                assertThat(applied.attempts()).as("run by a, then taken over by b: " + applied).isEqualTo(2);
                assertThat(applied.lastError()).contains("no longer running");
            }
            assertThat(github.pulls()).as("one pull request for the phase" + github.transcript()).hasSize(1);
            assertThat(github.pulls().get(0).head()).isEqualTo("consolidation/" + PHASE);
            assertThat(github.comments(Deliveries.ISSUE)).as("one answer to the apply" + github.transcript()).hasSize(1);
            assertThat(remote.branches()).containsExactlyInAnyOrder("main", "consolidation/backup/" + PHASE, "consolidation/" + PHASE);
            assertThat(remote.branch("consolidation/backup/" + PHASE)).contains(remote.baseCommit);
        } finally {
            a.destroyForcibly();
            if (b != null) {
                b.destroyForcibly();
                b.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(String name, String dbUrl) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("CONSOLIDATOR_WEBHOOK_SECRET", BotHarness.SECRET);
        env.put("CONSOLIDATOR_PORT", "0");
        env.put("CONSOLIDATOR_HOST", "127.0.0.1");
        env.put("CONSOLIDATOR_DB_URL", dbUrl);
        env.put("CONSOLIDATOR_DB_USER", TestDatabases.POSTGRES.user().orElseThrow());
        env.put("CONSOLIDATOR_DB_PASSWORD", TestDatabases.POSTGRES.password().orElseThrow());
        env.put("CONSOLIDATOR_WORK_DIR", tmp.resolve("work-" + name).toString()); // work directories are per replica
        env.put("CONSOLIDATOR_GITHUB_API_URL", wm.baseUrl());
        env.put("CONSOLIDATOR_GITHUB_TOKEN", BotHarness.TOKEN);
        env.put("CONSOLIDATOR_ALLOW_INSECURE_GIT", "true");
        env.put("CONSOLIDATOR_WORKER_POLL", "PT0.05S");
        env.put("CONSOLIDATOR_JOB_BACKOFF", "PT0.1S");
        env.put("CONSOLIDATOR_JOB_BACKOFF_MAX", "PT0.5S");
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.java(
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve")).redirectError(tmp.resolve("serve-" + name + ".log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

}
