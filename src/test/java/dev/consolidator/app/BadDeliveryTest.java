package dev.consolidator.app;

import dev.consolidator.store.Database;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.JobStore;
import dev.consolidator.webhook.Fixtures;
import dev.consolidator.webhook.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table of bad inputs from the issue: each gets its answer and nothing is stored (twice). */
class BadDeliveryTest {
    static final byte[] BODY = Fixtures.bytes("issue_comment.created.json");

    @TempDir
    static Path dir;
    static Database db;
    static Server server;
    static WebhookClient client;

    @BeforeAll
    static void start() {
        Config config = TestConfigs.config(dir);
        db = Database.open(config.dbUrl());
        server = Server.builder(config, db).startWorker(false).start();
        client = new WebhookClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    static Map<String, String> headers(String event, String delivery, String signature) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-GitHub-Event", event);
        h.put("X-GitHub-Delivery", delivery);
        h.put("X-Hub-Signature-256", signature);
        return h;
    }

    static String sign(byte[] body) {
        return new WebhookSignature(TestConfigs.SECRET).sign(body);
    }

    static Stream<Arguments> badInputs() {
        byte[] other = "{\"zen\":\"other\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> sha1Only = headers("issue_comment", "sha1", null);
        sha1Only.put("X-Hub-Signature", "sha1=7d38cdd689735b008b3c702edd92eea23791c5f6");
        byte[] empty = new byte[0];
        byte[] invalid = "{\"action\": ".getBytes(StandardCharsets.UTF_8);
        byte[] array = "[{\"action\":\"created\"}]".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("no signature", headers("issue_comment", "nosig", null), BODY, 401),
                Arguments.of("wrong signature", headers("issue_comment", "wrong", new WebhookSignature("not-the-secret").sign(BODY)), BODY, 401),
                Arguments.of("signature of another body", headers("issue_comment", "another", sign(other)), BODY, 401),
                Arguments.of("sha1 only", sha1Only, BODY, 401),
                Arguments.of("empty body", headers("issue_comment", "empty", sign(empty)), empty, 400),
                Arguments.of("invalid JSON", headers("issue_comment", "invalid", sign(invalid)), invalid, 400),
                Arguments.of("a JSON array", headers("issue_comment", "array", sign(array)), array, 400),
                Arguments.of("missing event header", headers(null, "noevent", sign(BODY)), BODY, 400),
                Arguments.of("missing delivery header", headers("issue_comment", null, sign(BODY)), BODY, 400));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("badInputs")
    void bad_input_gets_its_status_and_stores_nothing(String name, Map<String, String> headers, byte[] body, int status) throws Exception {
        long before = new DeliveryStore(db).count();
        HttpResponse<String> response = client.post(headers, body);
        assertEquals(status, response.statusCode(), name + ": " + response.body());
        assertThat(response.body()).contains("\"error\"");
        assertEquals(before, new DeliveryStore(db).count(), name + " must not be stored");
    }

    @Test
    void a_26_mb_body_is_413_and_not_stored() throws Exception {
        long before = new DeliveryStore(db).count();
        byte[] huge = new byte[26 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertEquals(413, client.post(headers("push", "huge", sign(huge)), huge).statusCode());
        assertEquals(before, new DeliveryStore(db).count());
    }

    @Test
    void an_unknown_event_is_200_and_stored_once_as_ignored() throws Exception {
        byte[] body = "{\"action\":\"started\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(200, client.post("watch", "unknown-1", body).statusCode());
        assertEquals(200, client.post("watch", "unknown-1", body).statusCode());
        assertEquals("ignored", new DeliveryStore(db).find("unknown-1").orElseThrow().status());
    }

    @Test
    void concurrent_copies_of_one_delivery_get_one_202_and_the_rest_200() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(pool.submit(() -> {
                go.await();
                return client.post("issue_comment", "same-delivery", BODY).statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 202).count(), codes.toString());
        assertEquals(7, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertThat(new JobStore(db).findByDelivery("same-delivery")).isPresent();
        assertEquals(1, new JobStore(db).countByStatus().get("queued"));
    }
}
