package dev.consolidator.transform.merge;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeSteps.members;
import static dev.consolidator.transform.merge.MergeSteps.nested;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Merges that would not compile (or not behave the same) are refused before anything is written, naming file, line and symbol. */
class MergeRefusalTest {
    private static final String TRACKER = "src/main/java/com/acme/batch/ProgressTracker.java";
    private static final String COLLECTOR = "src/main/java/com/acme/progress/MetricsCollector.java";

    private static Problem onlyProblem(SourceTree tree, Step.Merge step) {
        ChangeSet result = new MergeTransform().apply(tree, step);
        assertThat(result.touchedPaths()).as("a refused merge writes nothing").isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    private static void assertProblem(Problem p, String file, int line, String symbol, String... fragments) {
        assertEquals(file, p.file(), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(symbol, p.symbol(), p::toString);
        for (String f : fragments) {
            assertThat(p.message()).as(() -> "message lacks '" + f + "': " + p.message()).contains(f);
        }
    }

    @Test
    void method_with_the_same_signature_after_renames_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    public static void updateProgress(int done) {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                    public static void collect(int done) {
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"),
                "com.acme.progress.MetricsCollector", Map.of("updateProgress", "collect")));

        assertProblem(p, TRACKER, 4, "com.acme.batch.ProgressTracker.collect(int)",
                "method collect(int) of com.acme.batch.ProgressTracker clashes", COLLECTOR + ":4", "rename it in methods:");
    }

    @Test
    void fields_with_the_same_name_are_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    static final String UNIT = "items";
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {

                    public static final String UNIT = "ms";
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, TRACKER, 4, "com.acme.batch.ProgressTracker.UNIT", "field UNIT", COLLECTOR + ":5");
    }

    @Test
    void two_types_with_instance_state_and_constructors_are_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    private final int total;

                    public ProgressTracker(int total) {
                        this.total = total;
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                    private final String name;

                    public MetricsCollector(String name) {
                        this.name = name;
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, TRACKER, 4, "com.acme.batch.ProgressTracker", "has instance state set by its constructors",
                "com.acme.progress.MetricsCollector (" + COLLECTOR + ":4)", "use as: nested");
    }

    @Test
    void construction_of_a_stateless_source_is_refused_when_the_target_has_no_matching_constructor() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    public void updateProgress() {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                    private final String name;

                    public MetricsCollector(String name) {
                        this.name = name;
                    }
                }
                """, "src/main/java/com/acme/batch/Job.java", """
                package com.acme.batch;

                class Job {
                    void run() {
                        new ProgressTracker().updateProgress();
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, "src/main/java/com/acme/batch/Job.java", 5, "com.acme.batch.ProgressTracker",
                "new ProgressTracker(...) has no matching constructor in com.acme.progress.MetricsCollector");
    }

    @Test
    void an_interface_in_members_mode_is_refused_with_advice_to_nest_it() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                /** Listens. */
                public interface ProgressTracker {
                    void updateProgress(int done);
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, TRACKER, 4, "com.acme.batch.ProgressTracker", "is an interface", "use as: nested");
    }

    @Test
    void a_source_implementing_what_the_target_does_not_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                import java.io.Closeable;

                public class ProgressTracker implements Closeable {
                    public void close() {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, TRACKER, 5, "com.acme.batch.ProgressTracker", "implements java.io.Closeable",
                "com.acme.progress.MetricsCollector does not");
    }

    @Test
    void a_package_private_member_used_from_the_old_package_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    static int percent(int done, int total) {
                        return done * 100 / total;
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """, "src/main/java/com/acme/batch/Job.java", """
                package com.acme.batch;

                class Job {
                    int report() {
                        return ProgressTracker.percent(1, 2);
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, "src/main/java/com/acme/batch/Job.java", 5, "com.acme.batch.ProgressTracker.percent",
                "uses percent of com.acme.batch.ProgressTracker, which is not public", "make it public first");
    }

    @Test
    void a_call_that_cannot_be_resolved_is_refused_rather_than_guessed() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    public static void updateProgress(int done) {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """, "src/main/java/com/acme/web/Page.java", """
                package com.acme.web;

                import org.unknown.Widget;

                class Page {
                    void show(Widget w) {
                        w.updateProgress(3);
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector",
                Map.of("updateProgress", "collectBatchMetrics")));

        assertProblem(p, "src/main/java/com/acme/web/Page.java", 7, "w.updateProgress(3)", "cannot resolve w.updateProgress(3)",
                "rename this call by hand first");
    }

    @Test
    void a_rename_of_a_method_no_source_declares_is_refused_at_the_plan_line() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector",
                Map.of("updateProgres", "collect")));

        assertProblem(p, ".github/consolidation.yml", 12, "updateProgres", "no merged type declares a method updateProgres");
    }

    @Test
    void nesting_a_type_whose_name_the_target_already_uses_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class Stats {
                }
                """.replace("Stats", "ProgressTracker"), COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                    public static class ProgressTracker {
                    }
                }
                """);

        Problem p = onlyProblem(tree, nested(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector"));

        assertProblem(p, TRACKER, 3, "com.acme.batch.ProgressTracker", "would become com.acme.progress.MetricsCollector.ProgressTracker",
                COLLECTOR + ":4");
    }

    @Test
    void nesting_a_package_private_type_that_its_old_package_still_uses_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                class ProgressTracker {
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """, "src/test/java/com/acme/batch/JobTest.java", """
                package com.acme.batch;

                class JobTest {
                    ProgressTracker tracker;
                }
                """);

        Problem p = onlyProblem(tree, nested(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector"));

        assertProblem(p, "src/test/java/com/acme/batch/JobTest.java", 4, "com.acme.batch.ProgressTracker",
                "com.acme.batch.ProgressTracker is not public", "make it public first");
    }

    @Test
    void a_type_that_is_not_there_is_refused_at_the_plan_line_while_others_remain() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker", "com.acme.batch.ProgressStats"),
                "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, ".github/consolidation.yml", 12, "com.acme.batch.ProgressStats", "is not found in any source root");
    }

    @Test
    void moved_code_that_uses_a_package_private_member_of_its_old_package_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    public static void updateProgress() {
                        BatchJob.touch();
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """, "src/main/java/com/acme/batch/BatchJob.java", """
                package com.acme.batch;

                public class BatchJob {
                    static void touch() {
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, TRACKER, 5, "com.acme.batch.BatchJob.touch", "uses com.acme.batch.BatchJob.touch, which is package-private",
                "make it public first");
    }

    @Test
    void moving_constructors_into_a_target_that_callers_create_with_new_target_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    private final long total;

                    public ProgressTracker(long total) {
                        this.total = total;
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                    public static MetricsCollector create() {
                        return new MetricsCollector();
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, COLLECTOR, 5, "com.acme.progress.MetricsCollector", "new MetricsCollector() would no longer compile",
                "add a no-argument constructor");
    }

    @Test
    void renaming_a_method_that_a_subclass_overrides_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    public void updateProgress(int done) {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """, "src/main/java/com/acme/batch/QuietTracker.java", """
                package com.acme.batch;

                class QuietTracker extends ProgressTracker {
                    @Override
                    public void updateProgress(int done) {
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector",
                Map.of("updateProgress", "collect")));

        assertProblem(p, "src/main/java/com/acme/batch/QuietTracker.java", 4, "com.acme.batch.QuietTracker.updateProgress",
                "would stop overriding it");
    }

    @Test
    void a_new_target_whose_file_already_exists_with_another_type_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                }
                """, "src/main/java/com/acme/batch/Progress.java", """
                package com.acme.batch;

                class Other {
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.batch.Progress", Map.of()));

        assertProblem(p, "src/main/java/com/acme/batch/Progress.java", 1, "com.acme.batch.Progress", "already exists but does not declare");
    }

    @Test
    void a_subclass_relying_on_the_sources_default_constructor_is_refused_when_the_target_has_none() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    public void updateProgress(int done) {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                    private final String name;

                    public MetricsCollector(String name) {
                        this.name = name;
                    }
                }
                """, "src/main/java/com/acme/batch/QuietTracker.java", """
                package com.acme.batch;

                class QuietTracker
                        extends ProgressTracker {
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, "src/main/java/com/acme/batch/QuietTracker.java", 4, "com.acme.batch.ProgressTracker",
                "relies on its no-argument constructor");
    }

    @Test
    void renaming_a_method_that_implements_an_interface_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker implements Runnable {
                    @Override
                    public void run() {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector implements Runnable {
                    public void run() {
                    }
                }
                """);

        ChangeSet result = new MergeTransform().apply(tree, members(List.of("com.acme.batch.ProgressTracker"),
                "com.acme.progress.MetricsCollector", Map.of("run", "execute")));

        assertThat(result.touchedPaths()).as("a refused merge writes nothing").isEmpty();
        assertProblem(result.problems().get(0), TRACKER, 4, "com.acme.batch.ProgressTracker.run",
                "overrides a supertype's method", "remove run from methods:");
    }

    @Test
    void test_code_merged_into_production_code_is_refused() {
        String fixture = "src/test/java/com/acme/batch/TrackerFixtures.java";
        SourceTree tree = tree(fixture, """
                package com.acme.batch;

                public final class TrackerFixtures {
                    public static long sample() {
                        return 3;
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.TrackerFixtures"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, fixture, 3, "com.acme.batch.TrackerFixtures", "is test code (src/test/java/)",
                "merge it into a type under src/test/java/");
    }

    @Test
    void static_initialization_that_would_run_before_what_it_reads_is_refused() {
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                import java.util.List;

                public final class ProgressTracker {
                    public static final int STEP = 1;
                    public static final List<String> UNITS = List.of("items", "bytes");
                }
                """, COLLECTOR, """
                package com.acme.progress;

                import com.acme.batch.ProgressTracker;

                public final class MetricsCollector {
                    static final int NEXT = ProgressTracker.STEP + 1;

                    static final String FIRST_UNIT =
                            ProgressTracker.UNITS.get(0);
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, COLLECTOR, 9, "com.acme.progress.MetricsCollector", "uses ProgressTracker.UNITS of com.acme.batch.ProgressTracker",
                "would not be initialized yet");
    }

    @Test
    void overloads_elsewhere_that_would_collapse_into_one_signature_are_refused() {
        String printer = "src/main/java/com/acme/web/Printer.java";
        SourceTree tree = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public class MetricsCollector {
                }
                """, printer, """
                package com.acme.web;

                import com.acme.batch.ProgressTracker;
                import com.acme.progress.MetricsCollector;

                class Printer {
                    String print(ProgressTracker tracker) {
                        return "t";
                    }

                    String print(MetricsCollector collector) {
                        return "c";
                    }
                }
                """);

        Problem p = onlyProblem(tree, members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector", Map.of()));

        assertProblem(p, printer, 11, "print", "would have the same signature once ProgressTracker becomes MetricsCollector", "(line 7)");
    }

    @Test
    void nesting_a_type_that_would_shadow_an_import_of_the_target_is_refused() {
        String list = "src/main/java/com/acme/batch/List.java";
        SourceTree tree = tree(list, """
                package com.acme.batch;

                public class List {
                }
                """, COLLECTOR, """
                package com.acme.progress;

                import java.util.List;

                public class MetricsCollector {
                    List<String> names;
                }
                """);

        Problem p = onlyProblem(tree, nested(List.of("com.acme.batch.List"), "com.acme.progress.MetricsCollector"));

        assertProblem(p, list, 3, "com.acme.batch.List", "would shadow java.util.List", COLLECTOR + " imports (line 3)");
    }
}
