package dev.consolidator.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consolidator.store.Database;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.webhook.DecodingJobHandler;
import dev.consolidator.webhook.Fixtures;
import dev.consolidator.webhook.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed bodies that are not what GitHub sends get a 400 that says why, or are stored as far as they fit; never 503. */
class HostileBodiesTest {
    @TempDir
    Path dir;
    Database db;
    Server server;
    WebhookClient client;
    DeliveryStore deliveries;

    @BeforeEach
    void start() {
        Config config = TestConfigs.config(dir);
        db = Database.open(config.dbUrl());
        server = Server.builder(config, db).jobHandler(new DecodingJobHandler()).startWorker(false).start();
        client = new WebhookClient(server.port());
        deliveries = new DeliveryStore(db);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void a_signed_body_with_trailing_garbage_is_rejected_400_and_not_stored() throws Exception {
        HttpResponse<String> response = client.post("issue_comment", "trailing", "{\"a\":1} xyz".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("after its JSON value");
        assertThat(deliveries.find("trailing")).isEmpty();
    }

    @Test
    void a_signed_body_with_a_second_json_value_is_rejected_too() throws Exception {
        assertThat(client.post("star", "two", "{\"a\":1}{\"b\":2}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
    }

    @Test
    void a_101_character_action_and_a_402_character_repository_are_stored_cut_to_their_columns() throws Exception {
        ObjectNode payload = (ObjectNode) Json.MAPPER.readTree(Fixtures.bytes("issue_comment.created.json"));
        payload.put("action", "a".repeat(101));
        ((ObjectNode) payload.get("repository")).put("full_name", "o/" + "r".repeat(399) + "\uD83D\uDE00");

        HttpResponse<String> response = client.post("issue_comment", "long-values", Json.MAPPER.writeValueAsBytes(payload));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        Delivery stored = deliveries.find("long-values").orElseThrow();
        assertThat(stored.action()).isEqualTo("a".repeat(100));
        assertThat(stored.repository()).isEqualTo("o/" + "r".repeat(298));
    }

    @Test
    void a_string_over_the_json_readers_limit_is_named_as_such() throws Exception {
        byte[] body = ("{\"action\":\"" + "x".repeat(20_000_001) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.post("star", "huge-string", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("a string in the body is longer than").doesNotContain("not a JSON object");
    }

    @Test
    void a_body_that_is_not_json_says_where_it_stops_being_json() throws Exception {
        HttpResponse<String> response = client.post("star", "broken", "{\"a\":".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON at line 1");
    }

    @Test
    void a_chunked_body_without_a_length_is_still_cut_at_the_limit() throws Exception {
        // 27 MB in 1 MB chunks, sent by a thread of its own while this one reads the answer: the server answers
        // once it has read past the limit and then closes, and a client that reads only after its upload (as
        // java.net.http does) may get the broken pipe of the rest of the upload instead of the answer already there
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            Thread upload = new Thread(() -> {
                byte[] chunk = new byte[1024 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try {
                    out.write(("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "X-GitHub-Event: push\r\nX-GitHub-Delivery: chunked\r\nX-Hub-Signature-256: sha256=00\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 27; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException e) {
                    // the server stopped reading and closed: its answer is what the test reads
                }
            }, "chunked-upload");
            upload.start();

            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(status).startsWith("HTTP/1.1 413 ");
            socket.close(); // ends the upload if the server still reads
            upload.join(30_000);
        }
        assertThat(deliveries.find("chunked")).isEmpty();
    }
}
