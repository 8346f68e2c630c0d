package dev.consolidator.bench;

import dev.consolidator.app.Engines;
import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;
import dev.consolidator.transform.forward.ForwarderUses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Times the count behind forwarder usage in status (run by bench/forwarder-usage.sh): a synthetic repository whose
 * shared package moved with forwarders, where no user followed yet (every user file still names the old package, so
 * every one of them is parsed). The timed part is what status does on the tree: find the forwarders from the
 * recorded mappings, pre-filter every file, parse the candidates, count files and lines. The first run warms the JIT up.
 */
public final class ForwarderUsageBenchmark {
    private ForwarderUsageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("forwarder-bench");
        SyntheticRepo.generate(dir, count, 42L);
        SourceTree before = read(dir);
        Phase phase = new Phase("move-shared", "Move the shared package", "", List.of(new Step.MovePackage(
                SyntheticRepo.MOVED_FROM, SyntheticRepo.MOVED_TO, false, Compatibility.FORWARDING,
                new Location(".github/consolidation.yml", 7, 9))), new Location(".github/consolidation.yml", 4, 5));
        PhaseResult moved = Engines.phaseEngine().run(before, phase);
        if (moved.hasProblems()) throw new IllegalStateException("the move has problems: " + moved.problems());
        // nobody followed yet: every user keeps its old text, next to the forwarders and the moved types
        ChangeBuilder unfollowed = new ChangeBuilder(moved.after());
        List<TypeMapping> mappings = new ArrayList<>();
        for (StepResult s : moved.steps()) {
            mappings.addAll(s.changes().mappings());
            s.changes().modified().keySet().stream().filter(p -> mappings.stream().noneMatch(m -> m.originalPath().equals(p)))
                    .forEach(p -> unfollowed.write(p, before.text(p)));
        }
        SourceTree tree = moved.after().apply(unfollowed.build());
        Map<String, List<TypeMapping>> recorded = Map.of(phase.id(), mappings);
        long javaFiles = tree.paths().stream().filter(p -> p.endsWith(".java")).count();
        time("none followed yet", javaFiles, tree, recorded, phase.id(), runs);
        time("every user followed", javaFiles, moved.after(), recorded, phase.id(), runs);
    }

    private static void time(String label, long javaFiles, SourceTree tree, Map<String, List<TypeMapping>> recorded,
                             String phase, int runs) {
        ForwarderUses.byPhase(tree, recorded); // warm-up
        long best = Long.MAX_VALUE;
        ForwarderUses.Usage usage = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            usage = ForwarderUses.byPhase(tree, recorded).get(phase);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "forwarder usage on %d Java files, %s: %.2f s (best of %d), %d forwarders, used in"
                + " %d files on %d lines%n", javaFiles, label, best / 1e9, runs, usage.forwarders().size(), usage.files(),
                usage.lines());
    }

    private static SourceTree read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return SourceTree.of(files);
    }
}
