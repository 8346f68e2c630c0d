package dev.consolidator.bench;

import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;

/**
 * Times parsing plans at growing sizes up to the 3 MiB limit, and prints milliseconds per size and per MiB (a linear
 * reader keeps the per-MiB figure flat): a plan with one long double-quoted value (refused by the line-length check
 * without handing it to SnakeYAML), and the worst plan that is read, a block value made of maximum-length lines.
 * Run with bench/plan-yaml.sh.
 */
public final class PlanYamlBenchmark {
    private PlanYamlBenchmark() {
    }

    public static void main(String[] args) {
        int[] kib = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {256, 512, 1024, 2048, 3000};
        run(64, true); // warm up
        for (boolean oneValue : new boolean[] {true, false}) {
            for (int size : kib) {
                long best = Long.MAX_VALUE;
                boolean valid = false;
                for (int run = 0; run < 3; run++) {
                    long start = System.nanoTime();
                    valid = run(size, oneValue).isValid();
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("%-40s %5d KiB: %6d ms (%4.0f ms per MiB)%s%n",
                        oneValue ? "one quoted value on one line" : "block value of 19,999-character lines", size,
                        best / 1_000_000, best / 1e6 / (size / 1024.0), valid ? "" : " refused");
            }
        }
    }

    private static PlanParseResult run(int kib, boolean oneValue) {
        String head = "version: 1\nphases:\n  - id: long\n    steps:\n      - delete: {types: [com.example.Gone]}\n";
        if (oneValue) {
            return new PlanParser().parse(head + "    title: \"" + "x".repeat(kib * 1024) + "\"\n", "plan.yml");
        }
        StringBuilder yaml = new StringBuilder(head).append("    description: |\n");
        String line = "      " + "y".repeat(19_993) + "\n";
        while (yaml.length() < kib * 1024) {
            yaml.append(line);
        }
        return new PlanParser().parse(yaml.toString(), "plan.yml");
    }
}
