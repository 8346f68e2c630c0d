package dev.consolidator.transform;

import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped example, consolidated phase by phase with the real plan and engine: after every phase the code compiles
 * and the example's own JUnit tests pass, run from the compiled classes.
 */
class ExampleConsolidationTest {
    private static final Path EXAMPLE = Path.of("examples/acme-batch");

    @Test
    void every_phase_of_the_example_compiles_and_keeps_the_examples_own_tests_green() throws Exception {
        SourceTree tree = read(EXAMPLE);
        Plan plan = new PlanParser().parse(tree.text(".github/consolidation.yml"), ".github/consolidation.yml").plan();
        PhaseEngine engine = new PhaseEngine(new MergeTransform());
        assertEquals(18, runTests(tree, "before"), "the example's tests on the original code");

        for (Phase phase : plan.phases()) {
            PhaseResult result = engine.run(tree, phase);
            assertThat(result.problems()).as(phase.id()).isEmpty();
            assertThat(result).as(phase.id()).matches(r -> !r.alreadyApplied(), "not already applied");
            tree = result.after();
            assertEquals(18, runTests(tree, phase.id()), "every example test still runs after " + phase.id());
            assertThat(engine.run(tree, phase)).as(phase.id() + " run again over its own output changes nothing")
                    .matches(PhaseResult::alreadyApplied, "already applied");
        }
        assertEquals(29, engine.dryRun(read(EXAMPLE), plan).get(0).metrics().javaFilesBefore());
        assertEquals(25, tree.paths().stream().filter(p -> p.endsWith(".java")).count(), "29 Java files became 25");
    }

    /** Compiles main and test code together and runs every test class; returns how many tests succeeded. */
    private static long runTests(SourceTree tree, String when) {
        JavaCompilation.Result compiled = JavaCompilation.compile(tree);
        assertThat(compiled.errors()).as("compile errors " + when).isEmpty();
        ClassLoader loader = compiled.classLoader();
        List<String> testClasses = tree.paths().stream().filter(p -> p.startsWith("src/test/java/") && p.endsWith("Test.java"))
                .map(p -> p.substring("src/test/java/".length(), p.length() - ".java".length()).replace('/', '.')).toList();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
            for (String name : testClasses) {
                request.selectors(selectClass(loader.loadClass(name)));
            }
            LauncherDiscoveryRequest discovery = request.build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(discovery, listener);
            TestExecutionSummary summary = listener.getSummary();
            assertEquals(0, summary.getTotalFailureCount(), () -> when + ": " + summary.getFailures().stream()
                    .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).toList());
            return summary.getTestsSucceededCount();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static SourceTree read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith("target")).forEach(p -> {
                try {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return SourceTree.of(files);
    }
}
