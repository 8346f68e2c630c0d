package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.consolidator.store.Database;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.JobStore;
import dev.consolidator.webhook.DecodingJobHandler;
import dev.consolidator.webhook.Fixtures;
import dev.consolidator.webhook.GitHubEvent;
import dev.consolidator.webhook.IssueCommentEvent;
import dev.consolidator.webhook.Json;
import dev.consolidator.webhook.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The webhook endpoint over real HTTP on a random port, backed by an H2 file. */
class WebhookEndpointTest {
    @TempDir
    Path dir;
    Database db;
    Server server;
    WebhookClient client;
    DeliveryStore deliveries;
    JobStore jobs;
    final List<GitHubEvent> decoded = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        Config config = TestConfigs.config(dir);
        db = Database.open(config.dbUrl());
        server = Server.start(config, db, new DecodingJobHandler(decoded::add));
        client = new WebhookClient(server.port());
        deliveries = new DeliveryStore(db);
        jobs = new JobStore(db);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @ParameterizedTest
    @CsvSource({
            "issue_comment, issue_comment.created.json",
            "issue_comment, issue_comment.created.slash-command.json",
            "issue_comment, issue_comment.created.on-plain-issue.json",
            "pull_request, pull_request.opened.json",
            "pull_request, pull_request.closed.json",
            "pull_request, pull_request.closed.not-merged.json",
            "pull_request_review, pull_request_review.submitted.json",
            "pull_request_review, pull_request_review.submitted.uppercase-APPROVED.json",
            "pull_request_review, pull_request_review.submitted.commented.json",
            "check_run, check_run.created.with-pr.json",
            "check_run, check_run.rerequested.json",
            "check_suite, check_suite.requested.json",
            "push, push.branch.json",
            "push, push.tag-deleted.json",
            "installation, installation.created.json",
            "installation, installation.deleted.json",
            "installation_repositories, installation_repositories.added.synthetic.json"})
    void a_signed_real_payload_of_a_handled_event_is_queued_answered_202_and_then_decoded(String event, String fixture) throws Exception {
        byte[] body = Fixtures.bytes(fixture);
        HttpResponse<String> response = client.post(event, "id-" + fixture, body);

        assertEquals(202, response.statusCode(), response.body());
        JsonNode payload = Json.MAPPER.readTree(body);
        Delivery stored = deliveries.find("id-" + fixture).orElseThrow();
        assertEquals(event, stored.event());
        assertEquals(payload.path("action").isMissingNode() ? null : payload.path("action").asText(), stored.action());
        assertEquals(payload.path("repository").path("full_name").isMissingNode() ? null
                : payload.path("repository").path("full_name").asText(), stored.repository());
        Await.until("the job is done", Duration.ofSeconds(10), () -> "done".equals(deliveries.find("id-" + fixture).orElseThrow().status()));
        assertThat(decoded).hasSize(1);
        assertEquals(new String(body, StandardCharsets.UTF_8), jobs.findByDelivery("id-" + fixture).orElseThrow().payload());
    }

    @Test
    void a_comment_reaches_the_handler_decoded_into_our_record() throws Exception {
        client.post("issue_comment", "c1", Fixtures.bytes("issue_comment.created.slash-command.json"));
        Await.until("decoded", Duration.ofSeconds(10), () -> decoded.size() == 1);
        IssueCommentEvent comment = (IssueCommentEvent) decoded.get(0);
        assertEquals("/build", comment.body());
        assertEquals(3, comment.issueNumber());
        assertEquals("chhsia0/knative-route-demo", comment.repository().fullName());
    }

    @Test
    void ping_is_answered_200_and_recorded_without_a_job() throws Exception {
        HttpResponse<String> response = client.post("ping", "p1", Fixtures.bytes("ping.with-app_id.json"));
        assertEquals(200, response.statusCode());
        assertEquals("ignored", deliveries.find("p1").orElseThrow().status());
        assertEquals(0L, jobs.countByStatus().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void an_event_the_bot_does_not_act_on_is_answered_200_and_recorded_as_ignored() throws Exception {
        HttpResponse<String> response = client.post("star", "s1", "{\"action\":\"created\",\"repository\":{\"full_name\":\"o/r\"}}".getBytes());
        assertEquals(200, response.statusCode());
        Delivery stored = deliveries.find("s1").orElseThrow();
        assertEquals("ignored", stored.status());
        assertEquals("o/r", stored.repository());
        assertEquals(0L, jobs.countByStatus().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void a_redelivery_is_answered_200_and_not_processed_again() throws Exception {
        byte[] body = Fixtures.bytes("pull_request.opened.json");
        assertEquals(202, client.post("pull_request", "dup", body).statusCode());
        Await.until("first run done", Duration.ofSeconds(10), () -> decoded.size() == 1);

        HttpResponse<String> again = client.post("pull_request", "dup", body);
        assertEquals(200, again.statusCode());
        assertThat(again.body()).contains("duplicate");
        // a wrongly queued second job would run within this time
        await("no second run").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> decoded.size() == 1);
        assertEquals(1, deliveries.count());
        assertEquals(Map.of("queued", 0L, "running", 0L, "done", 1L, "failed", 0L), jobs.countByStatus());
    }

    @Test
    void a_body_above_githubs_limit_is_413_and_one_above_javalins_default_is_accepted() throws Exception {
        byte[] big = ("{\"action\":\"edited\",\"blob\":\"" + "x".repeat(2_000_000) + "\"}").getBytes();
        assertEquals(200, client.post("gollum", "big", big).statusCode(), "2 MB is above Javalin's 1 MB default");

        // the refusal goes by the declared length, before any of the body is read; the 26 MB are not sent, because a
        // client still uploading them when the server answers and closes may see a broken pipe instead of the answer
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "X-GitHub-Event: push\r\nX-GitHub-Delivery: huge\r\nContent-Length: " + 26 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413 ");
        }
        assertEquals(List.of("big"), deliveries.recent(10).stream().map(Delivery::deliveryId).toList());
    }

    @Test
    void the_real_signed_github_sample_is_accepted_with_its_own_secret(@TempDir Path other) throws Exception {
        JsonNode headers = Json.MAPPER.readTree(Fixtures.bytes("signed/pull_request.opened.signed.headers.json"));
        Config config = TestConfigs.config(other, Map.of("CONSOLIDATOR_WEBHOOK_SECRET", headers.get("_secret").asText()));
        try (Database otherDb = Database.open(config.dbUrl())) {
            Server signed = Server.builder(config, otherDb).startWorker(false).start();
            try {
                HttpResponse<String> response = new WebhookClient(signed.port()).post(Map.of(
                        "X-GitHub-Event", headers.get("X-GitHub-Event").asText(),
                        "X-GitHub-Delivery", "quarkiverse-sample",
                        "X-Hub-Signature-256", headers.get("X-Hub-Signature-256").asText()),
                        Fixtures.bytes("signed/pull_request.opened.signed.body.json"));
                assertEquals(202, response.statusCode(), response.body());
            } finally {
                signed.close();
            }
        }
    }

    @Test
    void healthz_reports_the_database_and_the_job_counts() throws Exception {
        HttpResponse<String> response = client.get("/healthz");
        assertEquals(200, response.statusCode());
        JsonNode health = Json.MAPPER.readTree(response.body());
        assertEquals("up", health.get("database").asText());
        assertEquals(0, health.get("jobs").get("queued").asInt());
    }

    @Test
    void api_deliveries_lists_newest_first_with_the_operator_fields() throws Exception {
        for (int i = 0; i < 3; i++) {
            client.post("issue_comment", "d" + i, Fixtures.bytes("issue_comment.created.json"));
            Thread.sleep(5);
        }
        HttpResponse<String> response = client.get("/api/deliveries?limit=2");
        assertEquals(200, response.statusCode());
        JsonNode list = Json.MAPPER.readTree(response.body());
        assertThat(list).hasSize(2);
        assertEquals("d2", list.get(0).get("delivery").asText());
        assertEquals("d1", list.get(1).get("delivery").asText());
        JsonNode first = list.get(0);
        assertEquals("issue_comment", first.get("event").asText());
        assertEquals("created", first.get("action").asText());
        assertEquals("gsmet/quarkus-bot-java-playground", first.get("repository").asText());
        assertThat(first.get("status").asText()).matches("queued|done");
        assertThat(first.get("receivedAt").asText()).endsWith("Z");
        assertThat(Json.MAPPER.readTree(client.get("/api/deliveries").body())).hasSize(3);
    }

    @Test
    void without_a_database_healthz_and_webhook_answer_503_so_github_shows_the_delivery_failed() throws Exception {
        db.close();
        assertEquals(503, client.get("/healthz").statusCode());
        assertEquals(503, client.post("issue_comment", "no-db", Fixtures.bytes("issue_comment.created.json")).statusCode());
    }

    @ParameterizedTest
    @CsvSource({"abc", "0", "-1", "501", "''"})
    void api_deliveries_rejects_a_bad_limit(String limit) throws Exception {
        assertEquals(400, client.get("/api/deliveries?limit=" + limit).statusCode());
    }

    @Test
    void api_deliveries_accepts_the_maximum_limit() throws Exception {
        assertEquals(200, client.get("/api/deliveries?limit=500").statusCode());
    }

    static WebhookSignature signer(String secret) {
        return new WebhookSignature(secret);
    }
}
