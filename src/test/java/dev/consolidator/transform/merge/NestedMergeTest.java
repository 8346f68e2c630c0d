package dev.consolidator.transform.merge;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.engine.StepResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeSteps.nested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Nested merges: each source becomes a static nested type of the target, Javadoc, annotations and layout kept. */
class NestedMergeTest {
    static final String COUNTER = "src/main/java/com/acme/legacy/metrics/Counter.java";
    static final String LEVEL = "src/main/java/com/acme/legacy/metrics/Level.java";
    static final String SINK = "src/main/java/com/acme/legacy/metrics/Sink.java";
    static final String METRICS = "src/main/java/com/acme/progress/Metrics.java";
    static final String REPORT = "src/main/java/com/acme/legacy/metrics/Report.java";
    static final String APP = "src/main/java/com/acme/app/App.java";
    static final String README = "src/main/java/com/acme/app/Unrelated.java";

    static SourceTree legacyMetrics() {
        return tree(COUNTER, """
                package com.acme.legacy.metrics;

                import java.util.concurrent.atomic.LongAdder;

                /**
                 * Counts events.
                 * Thread-safe.
                 */
                @SuppressWarnings("unused")
                public final class Counter {
                    private final LongAdder adder = new LongAdder();

                    public void increment(Level level) {
                        adder.increment();
                    }

                    public long total() {
                        return adder.sum();
                    }
                }
                """, LEVEL, """
                package com.acme.legacy.metrics;

                /** How loud an event is. */
                public enum Level {
                    LOW, HIGH
                }
                """, SINK, """
                package com.acme.legacy.metrics;

                public interface Sink {
                    void accept(Counter counter);
                }
                """, METRICS, """
                package com.acme.progress;

                /** Everything about metrics. */
                public final class Metrics {
                    private Metrics() {
                    }
                }
                """, REPORT, """
                package com.acme.legacy.metrics;

                class Report {
                    long print(Counter counter) {
                        counter.increment(Level.HIGH);
                        return counter.total();
                    }
                }
                """, APP, """
                package com.acme.app;

                import com.acme.legacy.metrics.Counter;
                import com.acme.legacy.metrics.Level;
                import com.acme.legacy.metrics.Sink;

                public class App {
                    public static void main(String[] args) {
                        Counter counter = new Counter();
                        counter.increment(Level.LOW);
                        Sink sink = c -> System.out.println(c.total());
                        sink.accept(counter);
                    }
                }
                """, README, """
                package com.acme.app;

                class Unrelated {
                }
                """);
    }

    static Step.Merge nestAll() {
        return nested(List.of("com.acme.legacy.metrics.Counter", "com.acme.legacy.metrics.Level", "com.acme.legacy.metrics.Sink"),
                "com.acme.progress.Metrics");
    }

    @Test
    void a_target_with_a_blank_line_before_its_closing_brace_keeps_one_blank_line_on_each_side_of_the_nested_type() {
        // as in commons-text's SimilarityScore: the file's own style leaves a blank line before the closing brace
        SourceTree before = tree("src/main/java/p/Score.java", """
                package p;

                public interface Score {
                    int apply(String s);

                }
                """, "src/main/java/p/Result.java", """
                package p;

                public class Result {
                    int value;
                }
                """);
        Step.Merge step = nested(List.of("p.Result"), "p.Score");

        ChangeSet changes = new MergeTransform().apply(before, step);

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                package p;

                public interface Score {
                    int apply(String s);

                    public static class Result {
                        int value;
                    }

                }
                """, changes.modified().get("src/main/java/p/Score.java"));
        assertCompiles(before.apply(changes));
        MergeSteps.assertSecondRunChangesNothing(before, step);
    }

    @Test
    void each_source_becomes_a_static_nested_type_and_references_become_target_dot_source() {
        SourceTree before = legacyMetrics();

        ChangeSet changes = new MergeTransform().apply(before, nestAll());

        assertEquals(List.of(), changes.problems());
        assertEquals(Set.of(COUNTER, LEVEL, SINK), changes.deleted());
        assertEquals("""
                package com.acme.progress;

                import java.util.concurrent.atomic.LongAdder;

                /** Everything about metrics. */
                public final class Metrics {
                    private Metrics() {
                    }

                    /**
                     * Counts events.
                     * Thread-safe.
                     */
                    @SuppressWarnings("unused")
                    public static final class Counter {
                        private final LongAdder adder = new LongAdder();

                        public void increment(Level level) {
                            adder.increment();
                        }

                        public long total() {
                            return adder.sum();
                        }
                    }

                    /** How loud an event is. */
                    public enum Level {
                        LOW, HIGH
                    }

                    public interface Sink {
                        void accept(Counter counter);
                    }
                }
                """, changes.modified().get(METRICS));
        assertEquals("""
                package com.acme.legacy.metrics;

                import com.acme.progress.Metrics;

                class Report {
                    long print(Metrics.Counter counter) {
                        counter.increment(Metrics.Level.HIGH);
                        return counter.total();
                    }
                }
                """, changes.modified().get(REPORT));
        assertEquals(List.of(
                new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, "com.acme.legacy.metrics.Counter", COUNTER, "com.acme.progress.Metrics.Counter", METRICS),
                new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, "com.acme.legacy.metrics.Level", LEVEL, "com.acme.progress.Metrics.Level", METRICS),
                new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, "com.acme.legacy.metrics.Sink", SINK, "com.acme.progress.Metrics.Sink", METRICS)),
                changes.mappings());
        assertUntouchedIdentical(before, changes);
        assertEquals(Set.of(METRICS, REPORT, APP), changes.modified().keySet());
    }

    @Test
    void nested_merge_compiles_and_a_second_run_changes_nothing() {
        SourceTree before = legacyMetrics();
        assertCompiles(before);

        SourceTree after = before.apply(new MergeTransform().apply(before, nestAll()));
        ChangeSet again = new MergeTransform().apply(after, nestAll());

        assertCompiles(after);
        assertThat(again).as("second run").matches(c -> c.isEmpty() && !c.hasProblems(), "changes no file and finds no problem");
        assertThat(MergeSteps.throughEngine(after, nestAll()).steps().get(0)).as("the engine reports it already applied")
                .matches(StepResult::alreadyApplied, "already applied");
    }

    @Test
    void nesting_into_a_new_type_creates_it_in_the_first_sources_root() {
        SourceTree before = legacyMetrics();
        String holder = "src/main/java/com/acme/progress/LegacyMetrics.java";

        Step.Merge step = nested(List.of("com.acme.legacy.metrics.Level", "com.acme.legacy.metrics.Sink"), "com.acme.progress.LegacyMetrics");
        ChangeSet changes = new MergeTransform().apply(before, step);

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                package com.acme.progress;

                import com.acme.legacy.metrics.Counter;

                public final class LegacyMetrics {
                    /** How loud an event is. */
                    public enum Level {
                        LOW, HIGH
                    }

                    public interface Sink {
                        void accept(Counter counter);
                    }
                }
                """, changes.added().get(holder));
        assertUntouchedIdentical(before, changes);
        assertCompiles(before.apply(changes));
        MergeSteps.assertSecondRunChangesNothing(before, step);
    }

    @Test
    void nesting_into_an_enum_closes_its_constant_list_first() {
        String status = "src/main/java/com/acme/progress/Status.java";
        SourceTree before = tree(status, """
                package com.acme.progress;

                public enum Status {
                    OPEN, DONE
                }
                """, "src/main/java/com/acme/progress/Reason.java", """
                package com.acme.progress;

                public record Reason(String text) {
                }
                """);

        Step.Merge step = nested(List.of("com.acme.progress.Reason"), "com.acme.progress.Status");
        ChangeSet changes = new MergeTransform().apply(before, step);

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                package com.acme.progress;

                public enum Status {
                    OPEN, DONE;

                    public record Reason(String text) {
                    }
                }
                """, changes.modified().get(status));
        assertCompiles(before.apply(changes));
        MergeSteps.assertSecondRunChangesNothing(before, step);
    }
}
