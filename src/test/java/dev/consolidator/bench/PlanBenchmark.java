package dev.consolidator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consolidator.app.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times {@code consolidator plan --format json} on a repository (run by bench/plan.sh on a generated one): the real
 * command, in this JVM so that its peak heap can be read. Prints files scanned per second, files rewritten and the
 * peak heap. The first run warms the JIT up; the figures are from the runs after it.
 */
public final class PlanBenchmark {
    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, String> env = Map.of("CONSOLIDATOR_DB_URL", "jdbc:h2:mem:bench");
        run(repo, env); // warm-up
        long best = Long.MAX_VALUE;
        long peak = 0;
        JsonNode doc = null;
        for (int i = 0; i < runs; i++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            doc = run(repo, env);
            best = Math.min(best, System.nanoTime() - start);
            peak = Math.max(peak, ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        JsonNode phase = doc.get("phases").get(0);
        int before = phase.get("metrics").get("javaFilesBefore").asInt();
        int rewritten = 0;
        for (JsonNode step : phase.get("steps")) {
            rewritten += step.get("added").size() + step.get("modified").size();
        }
        double seconds = best / 1e9;
        System.out.printf(Locale.ROOT, "plan on %d Java files: %.2f s (best of %d), %.0f files scanned/s, %d files rewritten,"
                        + " %d import rewrites, %d references rewritten, problems: %d, peak heap %d MiB (max heap %d MiB)%n",
                before, seconds, runs, before / seconds, rewritten, phase.get("importChanges").size(),
                phase.get("metrics").get("referencesRewritten").asInt(), phase.get("problems").size(), peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static JsonNode run(Path repo, Map<String, String> env) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("plan", "--repo", repo.toString(), "--format", "json"), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        if (code != 0) {
            throw new IllegalStateException("plan exited " + code + ": " + out.toString(StandardCharsets.UTF_8));
        }
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }
}
