package dev.consolidator.transform.merge;

import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.engine.StepResult;
import dev.consolidator.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeSteps.members;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Members merges, before and after: code moves with its comments, renames reach every call site, references follow. */
class MembersMergeTest {
    static final String TRACKER = "src/main/java/com/acme/batch/ProgressTracker.java";
    static final String COLLECTOR = "src/main/java/com/acme/progress/MetricsCollector.java";
    static final String JOB = "src/main/java/com/acme/batch/BatchJob.java";
    static final String DASHBOARD = "src/main/java/com/acme/web/Dashboard.java";
    static final String QUICK = "src/test/java/com/acme/web/QuickCheck.java";
    static final String OTHER = "src/main/java/com/acme/web/Gauge.java";

    static SourceTree progressProject() {
        return tree(TRACKER, """
                package com.acme.batch;

                import java.util.concurrent.atomic.AtomicLong;
                import java.util.function.LongConsumer;

                /** Tracks how far a batch got. */
                public final class ProgressTracker {
                    private static final AtomicLong DONE = new AtomicLong();

                    private ProgressTracker() {
                    }

                    /**
                     * Records finished items.
                     * @param items how many
                     */
                    public static void updateProgress(long items) {
                        DONE.addAndGet(items); // never negative
                        BatchJob.touch();
                    }

                    /** Same as {@link ProgressTracker#sink()} reports. */
                    public static long done() {
                        return DONE.get();
                    }

                    /** Feeds {@link #updateProgress(long)}. */
                    public static LongConsumer sink() {
                        return ProgressTracker::updateProgress;
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                import java.util.List;

                /** Collects metrics. */
                public final class MetricsCollector {
                    private MetricsCollector() {
                    }

                    public static int count(List<String> names) {
                        return names.size();
                    }
                }
                """, JOB, """
                package com.acme.batch;

                public class BatchJob {
                    static int touched;

                    public static void touch() {
                        touched++;
                    }

                    public void run() {
                        ProgressTracker.updateProgress(1);
                    }
                }
                """, DASHBOARD, """
                package com.acme.web;

                import com.acme.batch.ProgressTracker;
                import java.util.stream.LongStream;

                public class Dashboard {
                    /** Totals of {@link ProgressTracker#updateProgress(long)}. */
                    public long show() {
                        LongStream.of(1, 2).forEach(ProgressTracker::updateProgress);
                        return ProgressTracker.done();
                    }
                }
                """, QUICK, """
                package com.acme.web;

                import static com.acme.batch.ProgressTracker.updateProgress;

                class QuickCheck {
                    void check(Gauge gauge) {
                        updateProgress(5);
                        gauge.updateProgress("5%");
                    }
                }
                """, OTHER, """
                package com.acme.web;

                /** Has a method with the renamed name, on another type: its calls stay. */
                public class Gauge {
                    public void updateProgress(String label) {
                        this.updateProgress(label.trim());
                    }
                }
                """);
    }

    static Step.Merge foldTracker() {
        return members(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector",
                Map.of("updateProgress", "collectBatchMetrics"));
    }

    @Test
    void members_merge_moves_code_with_comments_and_renames_methods_at_declarations_and_every_call_site() {
        SourceTree before = progressProject();

        ChangeSet changes = new MergeTransform().apply(before, foldTracker());

        assertEquals(List.of(), changes.problems());
        assertEquals(Set.of(TRACKER), changes.deleted());
        assertEquals("""
                package com.acme.progress;

                import com.acme.batch.BatchJob;
                import java.util.List;
                import java.util.concurrent.atomic.AtomicLong;
                import java.util.function.LongConsumer;

                /** Collects metrics. */
                public final class MetricsCollector {
                    private MetricsCollector() {
                    }

                    public static int count(List<String> names) {
                        return names.size();
                    }

                    private static final AtomicLong DONE = new AtomicLong();

                    /**
                     * Records finished items.
                     * @param items how many
                     */
                    public static void collectBatchMetrics(long items) {
                        DONE.addAndGet(items); // never negative
                        BatchJob.touch();
                    }

                    /** Same as {@link MetricsCollector#sink()} reports. */
                    public static long done() {
                        return DONE.get();
                    }

                    /** Feeds {@link #collectBatchMetrics(long)}. */
                    public static LongConsumer sink() {
                        return MetricsCollector::collectBatchMetrics;
                    }
                }
                """, changes.modified().get(COLLECTOR));
        assertEquals("""
                package com.acme.batch;

                import com.acme.progress.MetricsCollector;

                public class BatchJob {
                    static int touched;

                    public static void touch() {
                        touched++;
                    }

                    public void run() {
                        MetricsCollector.collectBatchMetrics(1);
                    }
                }
                """, changes.modified().get(JOB));
        assertEquals("""
                package com.acme.web;

                import com.acme.progress.MetricsCollector;
                import java.util.stream.LongStream;

                public class Dashboard {
                    /** Totals of {@link MetricsCollector#collectBatchMetrics(long)}. */
                    public long show() {
                        LongStream.of(1, 2).forEach(MetricsCollector::collectBatchMetrics);
                        return MetricsCollector.done();
                    }
                }
                """, changes.modified().get(DASHBOARD));
        assertEquals("""
                package com.acme.web;

                import static com.acme.progress.MetricsCollector.collectBatchMetrics;

                class QuickCheck {
                    void check(Gauge gauge) {
                        collectBatchMetrics(5);
                        gauge.updateProgress("5%");
                    }
                }
                """, changes.modified().get(QUICK));
        assertEquals(List.of(new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, "com.acme.batch.ProgressTracker", TRACKER,
                "com.acme.progress.MetricsCollector", COLLECTOR)), changes.mappings());
        assertThat(changes.importChanges()).contains(new ImportChange(QUICK,
                "static com.acme.batch.ProgressTracker.updateProgress", "static com.acme.progress.MetricsCollector.collectBatchMetrics"));
        assertThat(changes.importChanges())
                .contains(new ImportChange(COLLECTOR, null, "java.util.concurrent.atomic.AtomicLong"));
        assertThat(changes.referencesRewritten()).as("references rewritten").isGreaterThanOrEqualTo(8);
        assertUntouchedIdentical(before, changes);
        assertEquals(Set.of(COLLECTOR, JOB, DASHBOARD, QUICK), changes.modified().keySet());
        assertEquals(List.of(new dev.consolidator.transform.Warning(TRACKER, 7, "com.acme.batch.ProgressTracker was merged into"
                + " com.acme.progress.MetricsCollector without its class Javadoc; fold them into the target by hand if they matter")),
                changes.warnings());
    }

    @Test
    void members_merge_compiles_and_a_second_run_changes_nothing() {
        SourceTree before = progressProject();
        assertCompiles(before);

        SourceTree after = before.apply(new MergeTransform().apply(before, foldTracker()));
        ChangeSet again = new MergeTransform().apply(after, foldTracker());

        assertCompiles(after);
        assertThat(again).as("second run").matches(c -> c.isEmpty() && !c.hasProblems(), "changes no file and finds no problem");
        assertThat(MergeSteps.throughEngine(after, foldTracker()).steps().get(0)).as("the engine reports it already applied")
                .matches(StepResult::alreadyApplied, "already applied");
    }

    @Test
    void member_types_of_a_source_move_too_and_their_references_follow() {
        String stats = "src/main/java/com/acme/batch/Stats.java";
        String user = "src/main/java/com/acme/web/Report.java";
        SourceTree before = tree(stats, """
                package com.acme.batch;

                public final class Stats {
                    private Stats() {
                    }

                    /** A point-in-time view. */
                    public record Snapshot(long done, long total) {
                    }

                    public static Snapshot of(long done, long total) {
                        return new Snapshot(done, total);
                    }

                    class Cursor {
                        Object owner() {
                            return Stats.this;
                        }
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public final class MetricsCollector {
                }
                """, user, """
                package com.acme.web;

                import com.acme.batch.Stats;

                class Report {
                    String show() {
                        Stats.Snapshot s = Stats.of(1, 2);
                        return s.done() + "/" + s.total();
                    }
                }
                """);

        ChangeSet changes = new MergeTransform().apply(before, members(List.of("com.acme.batch.Stats"), "com.acme.progress.MetricsCollector", Map.of()));

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                package com.acme.progress;

                public final class MetricsCollector {
                    /** A point-in-time view. */
                    public record Snapshot(long done, long total) {
                    }

                    public static Snapshot of(long done, long total) {
                        return new Snapshot(done, total);
                    }

                    class Cursor {
                        Object owner() {
                            return MetricsCollector.this;
                        }
                    }
                }
                """, changes.modified().get(COLLECTOR));
        assertEquals("""
                package com.acme.web;

                import com.acme.progress.MetricsCollector;

                class Report {
                    String show() {
                        MetricsCollector.Snapshot s = MetricsCollector.of(1, 2);
                        return s.done() + "/" + s.total();
                    }
                }
                """, changes.modified().get(user));
        assertCompiles(before.apply(changes));
        assertThat(new MergeTransform().apply(before.apply(changes), members(List.of("com.acme.batch.Stats"),
                "com.acme.progress.MetricsCollector", Map.of())).touchedPaths()).as("files a second run changes").isEmpty();
    }

    @Test
    void calls_whose_arguments_the_solver_cannot_type_are_renamed_when_the_receiver_proves_the_method() {
        String job = "src/main/java/com/acme/web/Job.java";
        SourceTree before = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    public void updateProgress(long items) {
                        updateProgress(items, org.lib.Clock.now());
                    }

                    public static void updateProgress(long items, Object at) {
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public final class MetricsCollector {
                }
                """, OTHER, """
                package com.acme.web;

                public class Gauge {
                    public void updateProgress(String label) {
                    }
                }
                """, job, """
                package com.acme.web;

                import com.acme.batch.ProgressTracker;
                import org.lib.Counter;

                class Job {
                    private final ProgressTracker tracker = new ProgressTracker();

                    void run(Counter counter, Gauge gauge) {
                        tracker.updateProgress(counter.count());
                        ProgressTracker.updateProgress(counter.count(), counter);
                        gauge.updateProgress(counter.label());
                    }
                }
                """);

        ChangeSet changes = new MergeTransform().apply(before, members(List.of("com.acme.batch.ProgressTracker"),
                "com.acme.progress.MetricsCollector", Map.of("updateProgress", "collect")));

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                package com.acme.web;

                import com.acme.progress.MetricsCollector;
                import org.lib.Counter;

                class Job {
                    private final MetricsCollector tracker = new MetricsCollector();

                    void run(Counter counter, Gauge gauge) {
                        tracker.collect(counter.count());
                        MetricsCollector.collect(counter.count(), counter);
                        gauge.updateProgress(counter.label());
                    }
                }
                """, changes.modified().get(job));
        assertThat(changes.modified().get(COLLECTOR)).contains("""
                    public void collect(long items) {
                        collect(items, org.lib.Clock.now());
                    }
                """);
        assertUntouchedIdentical(before, changes);
    }

    @Test
    void a_same_named_method_of_another_type_in_the_old_package_is_not_mistaken_for_a_hidden_member() {
        String job = "src/main/java/com/acme/batch/Job.java";
        SourceTree before = tree(TRACKER, """
                package com.acme.batch;

                public class ProgressTracker {
                    static int size() {
                        return 0;
                    }

                    public static int total() {
                        return size();
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                public final class MetricsCollector {
                }
                """, job, """
                package com.acme.batch;

                import java.util.List;

                class Job {
                    int run(List<String> items) {
                        return items.size() + ProgressTracker.total();
                    }
                }
                """);

        ChangeSet changes = new MergeTransform().apply(before, members(List.of("com.acme.batch.ProgressTracker"),
                "com.acme.progress.MetricsCollector", Map.of()));

        assertEquals(List.of(), changes.problems());
        assertCompiles(before.apply(changes));
    }
}
