package dev.consolidator.bench;

import dev.consolidator.app.Main;
import dev.consolidator.testing.TestDatabases;
import dev.consolidator.webhook.WebhookSignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.consolidator.testing.ServeProcesses.awaitPort;

/**
 * Run by bench/replicas.sh: deliveries per second and acknowledgement latency with one and with two `serve`
 * processes on one PostgreSQL (embedded, started here), deliveries spread round-robin over the replicas, and a
 * check that every delivery was stored and run exactly once.
 */
public final class ReplicasBench {
    public static void main(String[] args) throws Exception {
        int deliveries = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/webhooks/issue_comment.created.json"));
        for (int replicas = 1; replicas <= 2; replicas++) {
            run(replicas, deliveries, clients, body);
        }
        System.exit(0);
    }

    private static void run(int replicas, int deliveries, int clients, byte[] body) throws Exception {
        Path dir = Files.createTempDirectory("consolidator-replicas");
        String url = TestDatabases.POSTGRES.url(dir);
        String secret = UUID.randomUUID().toString();
        String signature = new WebhookSignature(secret).sign(body);
        List<Process> servers = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        try {
            for (int r = 0; r < replicas; r++) {
                Process p = serve(dir, url, secret, r);
                servers.add(p);
                bases.add("http://127.0.0.1:" + awaitPort(p));
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            send(http, bases, ids("warm", 200), body, signature, clients);
            List<String> ids = ids("bench", deliveries);
            long start = System.nanoTime();
            long[] latencies = send(http, bases, ids, body, signature, clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            long drainFrom = System.nanoTime();
            long done;
            while ((done = count(url, "SELECT COUNT(*) FROM jobs WHERE status = 'done' AND attempts = 1")) < deliveries + 200) {
                if (System.nanoTime() - drainFrom > Duration.ofMinutes(5).toNanos()) {
                    break;
                }
                Thread.sleep(100);
            }
            long rows = count(url, "SELECT COUNT(*) FROM deliveries");
            System.out.printf("%d replica(s), %d clients, %d deliveries: %.0f deliveries/s, ack p50 %.2f ms p99 %.2f ms;"
                            + " queue drained %.1f s after the last ack; %d rows, %d jobs done once -> %s%n",
                    replicas, clients, deliveries, deliveries / seconds, pct(latencies, 50), pct(latencies, 99),
                    (System.nanoTime() - drainFrom) / 1e9, rows, done,
                    rows == deliveries + 200 && done == rows ? "every delivery stored and run exactly once" : "MISMATCH");
        } finally {
            servers.forEach(Process::destroy);
            for (Process p : servers) {
                p.waitFor();
            }
        }
    }

    private static Process serve(Path dir, String url, String secret, int index) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve")
                .redirectError(dir.resolve("serve-" + index + ".log").toFile());
        pb.environment().put("CONSOLIDATOR_WEBHOOK_SECRET", secret);
        pb.environment().put("CONSOLIDATOR_PORT", "0");
        pb.environment().put("CONSOLIDATOR_HOST", "127.0.0.1");
        pb.environment().put("CONSOLIDATOR_DB_URL", url);
        pb.environment().put("CONSOLIDATOR_DB_USER", TestDatabases.POSTGRES.user().orElseThrow());
        pb.environment().put("CONSOLIDATOR_DB_PASSWORD", TestDatabases.POSTGRES.password().orElseThrow());
        pb.environment().put("CONSOLIDATOR_WORK_DIR", dir.resolve("work-" + index).toString());
        return pb.start();
    }

    private static long[] send(HttpClient http, List<String> bases, List<String> ids, byte[] body, String signature,
                               int clients) throws Exception {
        long[] latencies = new long[ids.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < ids.size()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(bases.get(i % bases.size()) + "/webhook"))
                            .header("Content-Type", "application/json").header("X-GitHub-Event", "issue_comment")
                            .header("X-GitHub-Delivery", ids.get(i)).header("X-Hub-Signature-256", signature)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long t = System.nanoTime();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    latencies[i] = System.nanoTime() - t;
                    if (status != 202) {
                        throw new IllegalStateException("status " + status + " for " + ids.get(i));
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return latencies;
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, TestDatabases.POSTGRES.user().orElseThrow(),
                TestDatabases.POSTGRES.password().orElseThrow()); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + "-" + i + "-" + UUID.randomUUID());
        }
        return ids;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
