package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.consolidator.store.Database;
import dev.consolidator.webhook.Fixtures;
import dev.consolidator.webhook.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /api is closed without configured tokens, needs a bearer token with them; /healthz says only up or down to strangers. */
class OperatorApiAccessTest {
    @TempDir
    Path dir;

    @Test
    void without_configured_tokens_the_api_is_off_and_says_how_to_turn_it_on() throws Exception {
        Config config = TestConfigs.config(dir, Map.of("CONSOLIDATOR_API_TOKENS", ""));
        try (Database db = Database.open(config.dbUrl()); Server server = Server.builder(config, db).startWorker(false).start()) {
            WebhookClient client = new WebhookClient(server.port());
            client.post("issue_comment", "secret-repo", Fixtures.bytes("issue_comment.created.json"));

            for (String path : List.of("/api/deliveries", "/api/repos/acme/private/phases", "/api/repos/acme/private/phases/p1")) {
                HttpResponse<String> response = client.get(path, "Bearer " + TestConfigs.API_TOKEN);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.body()).contains("CONSOLIDATOR_API_TOKENS").doesNotContain("quarkus");
            }
            HttpResponse<String> health = client.get("/healthz", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(health.body()).fieldNames()).toIterable().containsExactly("status");
        }
    }

    @Test
    void with_tokens_the_api_answers_401_with_a_bearer_challenge_unless_a_configured_token_is_sent() throws Exception {
        Config config = TestConfigs.config(dir);
        try (Database db = Database.open(config.dbUrl()); Server server = Server.builder(config, db).startWorker(false).start()) {
            WebhookClient client = new WebhookClient(server.port());
            client.post("issue_comment", "d1", Fixtures.bytes("issue_comment.created.json"));

            for (String authorization : new String[] {null, "Bearer wrong-token-0123456789", "Basic " + TestConfigs.API_TOKEN,
                    "Bearer " + TestConfigs.API_TOKEN + "x", "Bearer "}) {
                HttpResponse<String> denied = client.get("/api/deliveries", authorization);
                assertThat(denied.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
                assertThat(denied.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
                assertThat(denied.body()).doesNotContain("d1").doesNotContain("quarkus");
            }
            HttpResponse<String> allowed = client.get("/api/deliveries", "Bearer " + TestConfigs.API_TOKEN);
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.body()).contains("\"d1\"");
        }
    }

    @Test
    void healthz_gives_job_counts_only_to_a_caller_with_a_token() throws Exception {
        Config config = TestConfigs.config(dir);
        try (Database db = Database.open(config.dbUrl()); Server server = Server.builder(config, db).startWorker(false).start()) {
            WebhookClient client = new WebhookClient(server.port());

            JsonNode stranger = Json.MAPPER.readTree(client.get("/healthz", null).body());
            JsonNode wrong = Json.MAPPER.readTree(client.get("/healthz", "Bearer wrong-token-0123456789").body());
            JsonNode operator = Json.MAPPER.readTree(client.get("/healthz").body());

            assertThat(stranger.toString()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(wrong.toString()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(operator.path("database").asText()).isEqualTo("up");
            assertThat(operator.path("jobs").path("queued").asInt(-1)).isZero();
        }
    }

    @Test
    void api_deliveries_pages_through_every_delivery_with_the_next_cursor() throws Exception {
        Config config = TestConfigs.config(dir);
        try (Database db = Database.open(config.dbUrl()); Server server = Server.builder(config, db).startWorker(false).start()) {
            WebhookClient client = new WebhookClient(server.port());
            for (int i = 0; i < 7; i++) {
                client.post("star", "page-" + i, "{\"action\":\"created\"}".getBytes());
            }

            List<String> seen = new ArrayList<>();
            String path = "/api/deliveries?limit=3";
            int pages = 0;
            while (path != null) {
                HttpResponse<String> page = client.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                Json.MAPPER.readTree(page.body()).forEach(d -> seen.add(d.path("delivery").asText()));
                pages++;
                path = page.headers().firstValue("Link").map(l -> l.substring(1, l.indexOf('>'))).orElse(null);
            }

            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(7).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrder("page-0", "page-1", "page-2", "page-3", "page-4", "page-5", "page-6");
            assertThat(client.get("/api/deliveries?after=garbage").statusCode()).isEqualTo(400);
        }
    }
}
