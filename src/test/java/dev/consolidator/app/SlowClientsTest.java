package dev.consolidator.app;

import dev.consolidator.store.Database;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.webhook.DecodingJobHandler;
import dev.consolidator.webhook.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Clients that send bodies slowly or stop half-way, through real sockets against the real server. */
class SlowClientsTest {
    @TempDir
    Path dir;
    Database db;
    Server server;
    final List<Socket> sockets = new ArrayList<>();
    final ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();

    void start(Map<String, String> env) {
        Config config = TestConfigs.config(dir, env);
        db = Database.open(config.dbUrl());
        server = Server.builder(config, db).jobHandler(new DecodingJobHandler()).startWorker(false).start();
    }

    @AfterEach
    void stop() throws IOException {
        dribbler.shutdownNow();
        for (Socket s : sockets) {
            s.close();
        }
        server.close();
        db.close();
    }

    @Test
    void a_slow_body_flood_does_not_stop_health_checks_or_signed_deliveries() throws Exception {
        // given a server with 32 HTTP threads (16 read bodies) and a 4 s body deadline,
        start(Map.of("CONSOLIDATOR_HTTP_THREADS", "32", "CONSOLIDATOR_REQUEST_READ_TIMEOUT", "PT4S"));
        // when 40 clients each send a body one byte every 200 ms (each byte resets any idle timeout)
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Socket s = open();
            s.getOutputStream().write(headers(i, 1000));
            slow.add(s);
        }
        dribbler.scheduleAtFixedRate(() -> {
            for (Socket s : slow) {
                try {
                    s.getOutputStream().write('{');
                } catch (IOException closedByServer) {
                    // expected once the deadline passes
                }
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        WebhookClient client = new WebhookClient(server.port());

        // then health answers while the slow bodies hold their readers (40 would otherwise take all 32 threads),
        // a signed delivery is acknowledged, and every slow client is cut off
        long t0 = System.nanoTime();
        assertThat(client.get("/healthz", null).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(
                () -> client.post("issue_comment", "during-flood", Fixtures.bytes("issue_comment.created.json")).statusCode() == 202);
        assertThat(new DeliveryStore(db).find("during-flood")).isPresent();
        for (Socket s : slow) {
            assertThat(endsWithinSeconds(s, 8)).as("the server closes a slow client's connection").isTrue();
        }
    }

    @Test
    void a_client_that_disconnects_mid_body_costs_one_short_log_line() throws Exception {
        start(Map.of());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Socket s = open();
            s.getOutputStream().write(headers(7, 5000));
            s.getOutputStream().write("{\"action\":\"cre".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> captured.toString(StandardCharsets.UTF_8).contains("slow-7"));
            // any later stack trace of the same request would reach the log within this time
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count() == 1);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log.lines().filter(l -> !l.isBlank()).toList()).as(log).hasSize(1);
        assertThat(log).contains("delivery=slow-7").contains("abandoned").doesNotContain("\tat ").doesNotContain("Exception\n");
        assertThat(new DeliveryStore(db).find("slow-7")).isEmpty();
    }

    private Socket open() throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        sockets.add(s);
        return s;
    }

    private static byte[] headers(int i, int length) {
        return ("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-GitHub-Event: issue_comment\r\nX-GitHub-Delivery: slow-" + i + "\r\n"
                + "X-Hub-Signature-256: sha256=00\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** true when the server ends the connection (closes it, or answers and closes) within the time. */
    private static boolean endsWithinSeconds(Socket s, int seconds) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        while (System.nanoTime() < deadline) {
            s.setSoTimeout(200);
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                // keep waiting
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }
}
