package dev.consolidator.transform.merge;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeSteps.AT;
import static dev.consolidator.transform.merge.MergeSteps.assertSecondRunChangesNothing;
import static org.assertj.core.api.Assertions.assertThat;

/** Merges with {@code compatibility: forwarding}: the old names keep working for users that have not followed yet. */
class MergeForwardingTest {
    static final String TRACKER = "src/main/java/com/acme/batch/ProgressTracker.java";
    static final String COLLECTOR = "src/main/java/com/acme/progress/MetricsCollector.java";
    static final String UNRELATED = "src/main/java/com/acme/web/Gauge.java";
    static final String CLIENT = "client/src/main/java/com/client/OldClient.java";

    static SourceTree membersProject(int release) {
        return tree("pom.xml", "<project><properties><maven.compiler.release>" + release
                + "</maven.compiler.release></properties></project>\n", TRACKER, """
                /*
                 * Licensed to Acme under the Apache License, Version 2.0.
                 */
                package com.acme.batch;

                import java.util.List;
                import java.util.concurrent.atomic.AtomicLong;

                /** Tracks how far a batch got. */
                public class ProgressTracker {
                    private static final AtomicLong DONE = new AtomicLong();

                    public static void updateProgress(long items) {
                        DONE.addAndGet(items);
                    }

                    public static <T> long sum(List<T> parts, java.util.function.ToLongFunction<T> size) throws IllegalStateException {
                        return parts.stream().mapToLong(size).sum() + DONE.get();
                    }

                    static long hidden() {
                        return 0;
                    }

                    public long now() {
                        return DONE.get();
                    }
                }
                """, COLLECTOR, """
                package com.acme.progress;

                /** Collects metrics. */
                public class MetricsCollector {
                    public static int count() {
                        return 1;
                    }
                }
                """, UNRELATED, """
                package com.acme.web;

                public class Gauge {
                }
                """);
    }

    static Step.Merge foldTracker() {
        return new Step.Merge(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.MetricsCollector",
                MergeMode.MEMBERS, Map.of("updateProgress", "collectBatchMetrics"), Compatibility.FORWARDING, AT);
    }

    static final String OLD_CLIENT = """
            package com.client;

            import com.acme.batch.ProgressTracker;
            import java.util.Arrays;

            public class OldClient {
                public static String run() {
                    ProgressTracker.updateProgress(3);
                    return "" + ProgressTracker.sum(Arrays.asList("ab", "c"), String::length);
                }
            }
            """;

    @Test
    void members_merge_leaves_a_deprecated_class_whose_static_methods_delegate_to_the_renamed_target_methods() {
        SourceTree before = membersProject(8);

        ChangeSet changes = new MergeTransform().apply(before, foldTracker());

        assertThat(changes.problems()).isEmpty();
        assertThat(changes.deleted()).isEmpty();
        assertThat(changes.modified().get(TRACKER)).isEqualTo("""
                /*
                 * Licensed to Acme under the Apache License, Version 2.0.
                 */
                package com.acme.batch;

                import java.util.List;

                /**
                 * Merged into {@link com.acme.progress.MetricsCollector}.
                 *
                 * @deprecated use {@link com.acme.progress.MetricsCollector} instead; this forwarding type will be removed.
                 */
                @Deprecated
                public final class ProgressTracker {
                    private ProgressTracker() {
                    }

                    /**
                     * @deprecated use {@link com.acme.progress.MetricsCollector#collectBatchMetrics}
                     */
                    @Deprecated
                    public static void updateProgress(long items) {
                        com.acme.progress.MetricsCollector.collectBatchMetrics(items);
                    }

                    /**
                     * @deprecated use {@link com.acme.progress.MetricsCollector#sum}
                     */
                    @Deprecated
                    public static <T> long sum(List<T> parts, java.util.function.ToLongFunction<T> size) throws IllegalStateException {
                        return com.acme.progress.MetricsCollector.sum(parts, size);
                    }
                }
                """);
        assertThat(changes.warnings()).extracting(Warning::message).contains("forwarding type for com.acme.batch.ProgressTracker"
                + " forwards public static methods only; not forwarded (use com.acme.progress.MetricsCollector directly):"
                + " hidden (not public), now (an instance member)");
        assertUntouchedIdentical(before, changes);
        assertSecondRunChangesNothing(before, foldTracker());
        SourceTree withOldClient = withFile(before.apply(changes), CLIENT, OLD_CLIENT);
        assertThat(JavaCompilation.compile(withOldClient, "8", List.of()).errors()).isEmpty();
        JavaCompilation.Result at17 = JavaCompilation.compile(withOldClient, "17", List.of());
        assertThat(at17.errors()).isEmpty();
        assertThat(at17.run("com.client.OldClient")).isEqualTo("6");
    }

    @Test
    void from_java_9_on_the_forwarders_are_marked_for_removal() {
        SourceTree before = membersProject(11);

        ChangeSet changes = new MergeTransform().apply(before, foldTracker());

        assertThat(changes.modified().get(TRACKER)).contains("""
                 */
                @Deprecated(forRemoval = true)
                public final class ProgressTracker {""",
                "     */\n    @Deprecated(forRemoval = true)\n    public static void updateProgress(long items) {");
        SourceTree withOldClient = withFile(before.apply(changes), CLIENT, OLD_CLIENT);
        assertThat(JavaCompilation.compile(withOldClient, "17", List.of()).errors()).isEmpty();
        assertSecondRunChangesNothing(before, foldTracker());
    }

    @Test
    void without_forwarding_the_merge_deletes_the_old_file_as_before() {
        Step.Merge plain = new Step.Merge(foldTracker().types(), foldTracker().into(), MergeMode.MEMBERS,
                foldTracker().methods(), AT);

        ChangeSet changes = new MergeTransform().apply(membersProject(8), plain);

        assertThat(changes.deleted()).containsExactly(TRACKER);
    }

    @Test
    void through_the_engine_the_forwarding_merge_passes_the_phase_check() {
        SourceTree before = membersProject(8);

        var first = MergeSteps.throughEngine(before, foldTracker());
        var second = MergeSteps.throughEngine(first.after(), foldTracker());

        assertThat(first.problems()).isEmpty();
        assertThat(first.after().text(TRACKER)).contains("public static void updateProgress(long items) {");
        assertThat(second.problems()).isEmpty();
        assertThat(second).matches(r -> r.alreadyApplied(), "already applied");
        assertThat(second.after().files()).isEqualTo(first.after().files());
    }

    @Test
    void a_merge_whose_forwarder_still_has_users_counts_as_applied() {
        SourceTree before = membersProject(8);
        SourceTree merged = before.apply(new MergeTransform().apply(before, foldTracker()));
        SourceTree followedLater = withFile(merged, CLIENT, OLD_CLIENT);

        ChangeSet again = new MergeTransform().apply(followedLater, foldTracker());

        assertThat(again.problems()).isEmpty();
        assertThat(again.touchedPaths()).as("files a second run changes").isEmpty();
    }

    static SourceTree withFile(SourceTree tree, String path, String text) {
        Map<String, String> files = new TreeMap<>(tree.files());
        files.put(path, text);
        return SourceTree.of(files);
    }
}
