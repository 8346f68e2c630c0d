package dev.consolidator.app;

import dev.consolidator.store.Database;
import dev.consolidator.store.JobStore;
import dev.consolidator.testing.TestDatabases;
import dev.consolidator.webhook.DecodingJobHandler;
import dev.consolidator.webhook.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /readyz and /metrics over real HTTP, on H2 and on PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class ReadinessAndMetricsTest {
    static final String TOKEN = "operator-token-0123456789abcdef";

    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;
    Server server;
    WebhookClient client;

    @BeforeEach
    void start() {
        db = database.open(dir);
        server = start(Map.of());
    }

    private Server start(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(overrides);
        env.put("CONSOLIDATOR_API_TOKENS", TOKEN);
        Server started = Server.start(TestConfigs.config(dir, env), db, new DecodingJobHandler(event -> { }));
        client = new WebhookClient(started.port());
        return started;
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void readyz_says_up_to_anyone_and_shows_its_checks_only_with_a_token() throws Exception {
        HttpResponse<String> anonymous = client.get("/readyz");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo("{\"status\":\"up\"}");

        HttpResponse<String> operator = get("/readyz", TOKEN);
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).isEqualTo("{\"status\":\"up\",\"checks\":{\"database\":true,\"migrations\":true,\"workers\":true}}");
    }

    @Test
    void readyz_says_down_when_the_workers_stopped_or_the_database_is_gone() throws Exception {
        server.worker().close();
        assertThat(client.get("/readyz").statusCode()).isEqualTo(503);
        assertThat(get("/readyz", TOKEN).body()).contains("\"workers\":false");

        db.close();
        HttpResponse<String> down = client.get("/readyz");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"down\"}");
    }

    @Test
    void metrics_need_a_token_and_count_deliveries_jobs_queue_and_job_durations() throws Exception {
        assertThat(client.get("/metrics").statusCode()).isEqualTo(401);
        assertThat(get("/metrics", "wrong-token-0123456789abcdef").statusCode()).isEqualTo(401);

        assertThat(client.post("issue_comment", "m-1", Fixtures.bytes("issue_comment.created.json")).statusCode()).isEqualTo(202);
        assertThat(client.post("issue_comment", "m-2", Fixtures.bytes("issue_comment.created.json")).statusCode()).isEqualTo(202);
        JobStore jobs = new JobStore(db);
        Await.until("both jobs done", Duration.ofSeconds(20), () -> jobs.countByStatus().get("done") == 2);

        db.transaction(c -> {
            c.createStatement().executeUpdate("INSERT INTO repositories (full_name, created_at) VALUES ('acme/app', CURRENT_TIMESTAMP)");
            return c.createStatement().executeUpdate("INSERT INTO phases (repository_id, phase_id, plan_index, state, created_at,"
                    + " updated_at) SELECT id, 'first', 0, 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM repositories");
        });

        // a job's duration is recorded just after its state is committed: wait for both, not only for the states
        String durations = "consolidator_job_duration_seconds_count{event=\"issue_comment\",outcome=\"done\"} 2";
        Await.until("both job durations recorded", Duration.ofSeconds(20),
                () -> get("/metrics", TOKEN).body().contains(durations));
        HttpResponse<String> metrics = get("/metrics", TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("consolidator_deliveries{event=\"issue_comment\",outcome=\"done\"} 2.0")
                .contains("consolidator_jobs{state=\"done\"} 2.0")
                .contains("consolidator_queue_depth 0.0")
                .contains("consolidator_phases{state=\"open\"} 1.0")
                .contains(durations);
    }

    @Test
    void metrics_are_open_to_scrapers_when_configured_public() throws Exception {
        server.close();
        server = start(Map.of("CONSOLIDATOR_METRICS_PUBLIC", "true"));

        HttpResponse<String> metrics = client.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("consolidator_queue_depth");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
