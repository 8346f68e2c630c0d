package dev.consolidator.transform.merge;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.merge.MergeSteps.members;
import static dev.consolidator.transform.merge.MergeSteps.nested;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compilation proof on a small multi-package project (src/test/resources/merge/shop): two merges in a row, each
 * result compiled with javax.tools and the project's own test run from the compiled classes; each merge run again
 * over its own output changes nothing.
 */
class ShopFixtureCompilationTest {
    static final Step.Merge FOLD_ORDER_HELPERS = members(List.of("com.shop.legacy.LegacyOrders", "com.shop.orders.OrderTotals"),
            "com.shop.orders.OrderManager", Map.of("placeOrder", "submit", "sum", "total"));
    static final Step.Merge NEST_EVENTS = nested(List.of("com.shop.events.Event", "com.shop.events.EventKind",
            "com.shop.events.EventListener"), "com.shop.events.Events");

    @Test
    void the_shop_compiles_and_passes_its_test_after_each_merge_and_reruns_change_nothing() throws Exception {
        SourceTree tree = shop();
        runOwnTest(tree);

        for (Step.Merge step : List.of(FOLD_ORDER_HELPERS, NEST_EVENTS)) {
            ChangeSet changes = new MergeTransform().apply(tree, step);
            assertEquals(List.of(), changes.problems(), step::describe);
            assertThat(changes.touchedPaths()).as(step::describe).isNotEmpty();
            tree = tree.apply(changes);

            runOwnTest(tree);
            ChangeSet again = new MergeTransform().apply(tree, step);
            assertThat(again).as(step.describe() + " again").matches(c -> c.isEmpty() && !c.hasProblems(), "changes no file and finds no problem");
        }
        assertThat(tree.paths()).doesNotContain("src/main/java/com/shop/legacy/LegacyOrders.java");
        assertThat(tree.text("src/test/java/com/shop/web/OrderControllerTest.java"))
                .contains("OrderManager.submit(manager, new Order(\"cup\", 1, 300))");
    }

    private static void runOwnTest(SourceTree tree) throws ReflectiveOperationException {
        JavaCompilation.Result compiled = JavaCompilation.compile(tree);
        assertThat(compiled.errors()).as(() -> "compile errors\n" + dev.consolidator.transform.Trees.dump(tree)).isEmpty();
        ClassLoader loader = new ClassLoader(ShopFixtureCompilationTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = compiled.classes().get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        try {
            loader.loadClass("com.shop.web.OrderControllerTest").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the shop's own test fails: " + e.getCause(), e.getCause());
        }
    }

    static SourceTree shop() throws IOException, URISyntaxException {
        Path root = Path.of(ShopFixtureCompilationTest.class.getResource("/merge/shop").toURI());
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return SourceTree.of(files);
    }

    @Test
    void the_engine_runs_both_merges_as_one_phase_through_the_plug_point() throws Exception {
        SourceTree before = shop();
        dev.consolidator.plan.Phase phase = new dev.consolidator.plan.Phase("orders", "Fold order helpers", "",
                List.of(FOLD_ORDER_HELPERS, NEST_EVENTS), MergeSteps.AT);

        dev.consolidator.transform.engine.PhaseResult result = new dev.consolidator.transform.engine.PhaseEngine(new MergeTransform())
                .run(before, phase);

        assertEquals(List.of(), result.problems());
        assertThat(result.mappings()).hasSize(5);
        runOwnTest(result.after());
        dev.consolidator.transform.engine.PhaseResult again = new dev.consolidator.transform.engine.PhaseEngine(new MergeTransform())
                .run(result.after(), phase);
        assertThat(again.steps()).as(() -> again.steps().toString())
                .allMatch(dev.consolidator.transform.engine.StepResult::alreadyApplied);
    }
}
