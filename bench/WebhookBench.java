import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Run by bench/webhook.sh. Plain JDK plus the H2 driver from target/consolidator.jar. */
public class WebhookBench {
    public static void main(String[] args) throws Exception {
        int deliveries = intArg(args, "--deliveries", 2000);
        int clients = intArg(args, "--clients", 16);
        int warmup = 200;
        Path dir = Files.createTempDirectory("consolidator-bench");
        String secret = UUID.randomUUID().toString();
        String dbUrl = "jdbc:h2:file:" + dir.resolve("db/consolidator");
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/webhooks/issue_comment.created.json"));
        String signature = sign(secret, body);

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/consolidator.jar", "serve").redirectError(dir.resolve("serve.log").toFile());
        pb.environment().put("CONSOLIDATOR_WEBHOOK_SECRET", secret);
        pb.environment().put("CONSOLIDATOR_API_TOKENS", API_TOKEN); // /healthz shows job counts only with a token
        pb.environment().put("CONSOLIDATOR_PORT", "0");
        pb.environment().put("CONSOLIDATOR_HOST", "127.0.0.1");
        pb.environment().put("CONSOLIDATOR_DB_URL", dbUrl);
        pb.environment().put("CONSOLIDATOR_WORK_DIR", dir.resolve("work").toString());
        long t0 = System.nanoTime();
        Process server = pb.start();
        int exit = 1;
        try {
            int port = awaitPort(server);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            while (get(http, base + "/healthz").statusCode() != 200) {
                Thread.sleep(50);
            }
            System.out.printf("server ready in %d ms (port %d, %d-byte issue_comment payload, %d clients)%n",
                    ms(System.nanoTime() - t0), port, body.length, clients);

            List<String> warm = ids("warm", warmup);
            send(http, base, warm, body, signature, clients, 202);
            List<String> single = ids("single", 300);
            long[] singleLatencies = send(http, base, single, body, signature, 1, 202);
            Arrays.sort(singleLatencies);
            System.out.printf("1 client, %d deliveries: ack latency ms p50 %.2f  p99 %.2f%n", single.size(),
                    pct(singleLatencies, 50), pct(singleLatencies, 99));
            List<String> ids = ids("bench", deliveries);
            long start = System.nanoTime();
            long[] latencies = send(http, base, ids, body, signature, clients, 202);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<String> again = ids.subList(0, deliveries / 10);
            long[] dupLatencies = send(http, base, again, body, signature, clients, 200);

            Arrays.sort(latencies);
            System.out.printf("%d clients, %d deliveries acknowledged (202) in %.2f s: %.0f deliveries/s%n", clients, deliveries,
                    seconds, deliveries / seconds);
            System.out.printf("%d clients: ack latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", clients, pct(latencies, 50), pct(latencies, 90),
                    pct(latencies, 99), latencies[latencies.length - 1] / 1e6);
            Arrays.sort(dupLatencies);
            System.out.printf("%d redeliveries answered 200 (duplicate), p50 %.2f ms%n", again.size(), pct(dupLatencies, 50));

            long waitFrom = System.nanoTime();
            String health;
            while (!(health = get(http, base + "/healthz").body()).contains("\"queued\":0,\"running\":0")) {
                Thread.sleep(100);
            }
            System.out.printf("worker drained the queue %.1f s after the last ack: %s%n", (System.nanoTime() - waitFrom) / 1e9, health);

            server.destroy(); // SIGTERM, as an orchestrator would
            long stopAt = System.nanoTime();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("server did not stop within 10 s of SIGTERM");
            }
            System.out.printf("server stopped %d ms after SIGTERM%n", ms(System.nanoTime() - stopAt));
            List<String> all = new ArrayList<>(warm);
            all.addAll(single);
            all.addAll(ids);
            exit = verify(dbUrl, all) ? 0 : 1;
            System.out.printf("total %.1f s%n", (System.nanoTime() - t0) / 1e9);
        } finally {
            server.destroyForcibly();
            if (exit == 0) {
                deleteTree(dir);
            } else {
                System.out.println("kept " + dir + " (serve.log, database) for inspection");
            }
        }
        System.exit(exit);
    }

    static long[] send(HttpClient http, String base, List<String> ids, byte[] body, String signature, int clients, int expected)
            throws Exception {
        long[] latencies = new long[ids.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < ids.size()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/webhook"))
                            .header("Content-Type", "application/json")
                            .header("X-GitHub-Event", "issue_comment")
                            .header("X-GitHub-Delivery", ids.get(i))
                            .header("X-Hub-Signature-256", signature)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long t = System.nanoTime();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    latencies[i] = System.nanoTime() - t;
                    if (status != expected && unexpected.getAndIncrement() < 5) {
                        System.out.println("unexpected status " + status + " for " + ids.get(i));
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        if (unexpected.get() > 0) {
            throw new IllegalStateException(unexpected.get() + " responses were not " + expected);
        }
        return latencies;
    }

    static boolean verify(String dbUrl, List<String> sent) throws Exception {
        Set<String> expected = new HashSet<>(sent);
        Set<String> stored = new HashSet<>();
        long rows;
        long jobs;
        long done;
        try (Connection c = DriverManager.getConnection(dbUrl + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT delivery_id FROM deliveries")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            rows = count(c, "SELECT COUNT(*) FROM deliveries");
            jobs = count(c, "SELECT COUNT(*) FROM jobs");
            done = count(c, "SELECT COUNT(*) FROM jobs WHERE status = 'done' AND attempts = 1");
        }
        boolean ok = rows == expected.size() && stored.equals(expected) && jobs == expected.size() && done == expected.size();
        System.out.printf("database: %d delivery rows for %d distinct ids sent, %d jobs, %d done on the first attempt -> %s%n",
                rows, expected.size(), jobs, done, ok ? "every delivery stored exactly once" : "MISMATCH");
        return ok;
    }

    static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int awaitPort(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("consolidator listening on port ")) {
                return Integer.parseInt(line.substring("consolidator listening on port ".length()).trim());
            }
        }
        throw new IllegalStateException("serve exited before listening");
    }

    static final String API_TOKEN = "bench-api-token-0123456789";

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + API_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + "-" + i + "-" + UUID.randomUUID());
        }
        return ids;
    }

    static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
