package dev.consolidator.transform.bench;

import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Times a package move over a synthetic 10,000-file repository. Opt-in, since the machine is shared:
 * {@code mvn -B -q test -Dtest=PackageMoveBenchmarkTest -Dconsolidator.bench=true -DargLine=-Xmx1g}.
 */
@EnabledIfSystemProperty(named = "consolidator.bench", matches = "true")
class PackageMoveBenchmarkTest {
    @Test
    void a_package_move_in_ten_thousand_files_takes_under_five_seconds() {
        int files = Integer.getInteger("consolidator.bench.files", 10_000);
        SourceTree tree = SyntheticRepo.generate(files);
        Phase phase = new Phase("bench", "Bench", "", List.of(new Step.MovePackage("com.acme.p0", "com.acme.moved.p0",
                false, Compatibility.NONE, new Location("plan.yml", 1, 1))), new Location("plan.yml", 1, 1));
        new PhaseEngine().run(SyntheticRepo.generate(400), phase);   // warm up the JIT on a small tree
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();   // CPU time too: on a shared machine wall time says little
        long start = System.nanoTime();
        PhaseResult result = new PhaseEngine().run(tree, phase);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int rewritten = result.steps().get(0).changes().modified().size();
        System.out.printf("BENCH files=%d time=%dms cpu=%dms files/s=%d rewritten=%d moved=%d peakHeap=%dMiB%n", files, millis, cpuMillis,
                files * 1000L / Math.max(1, millis), rewritten, result.steps().get(0).changes().added().size(), peak >> 20);
        assertFalse(result.hasProblems(), () -> result.problems().toString());
        assertEquals(SyntheticRepo.PER_PACKAGE, result.steps().get(0).changes().added().size());
        assertTrue(rewritten >= files / 10 - SyntheticRepo.PER_PACKAGE, "about a tenth of the files use the package");
        long budget = Long.getLong("consolidator.bench.budgetMs", 5_000);   // on an idle 2-core machine
        assertTrue(millis < budget, "took " + millis + " ms");
    }
}
