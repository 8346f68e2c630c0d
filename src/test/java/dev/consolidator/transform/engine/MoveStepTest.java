package dev.consolidator.transform.engine;

import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.movePackage;
import static dev.consolidator.transform.engine.Steps.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MoveStepTest {
    private static final String STATS = """
            package com.acme.batch;

            import java.util.List;

            /** Counts what a batch did. */
            public class ProgressStats {
                private final Counter counter = new Counter();

                public ProgressStats() {
                }

                public ProgressStats(int start) {
                    counter.add(start);
                }

                public int total() {
                    return counter.value();
                }

                public static ProgressStats of(List<Integer> values) {
                    ProgressStats stats = new ProgressStats();
                    values.forEach(stats.counter::add);
                    return stats;
                }
            }
            """;
    private static final String COUNTER = """
            package com.acme.batch;

            public class Counter {
                private int value;

                public void add(int n) {
                    value += n;
                }

                public int value() {
                    return value;
                }
            }
            """;
    private static final String RUNNER = """
            package com.acme.batch;

            class Runner {
                ProgressStats stats = new ProgressStats(1);
            }
            """;

    @Test
    void move_relocates_file_fixes_package_renames_type_and_imports_left_behind_siblings() {
        SourceTree before = tree(
                "src/main/java/com/acme/batch/ProgressStats.java", STATS,
                "src/main/java/com/acme/batch/Counter.java", COUNTER,
                "src/main/java/com/acme/batch/Runner.java", RUNNER,
                "src/main/java/com/acme/progress/Tracker.java", """
                        package com.acme.progress;

                        import com.acme.batch.ProgressStats;

                        public class Tracker {
                            ProgressStats stats;
                        }
                        """);
        PhaseResult result = run(before, move("com.acme.batch.ProgressStats", "com.acme.progress.Progress"));
        SourceTree after = result.after();
        assertThat(after.paths()).doesNotContain("src/main/java/com/acme/batch/ProgressStats.java");
        assertEquals("""
                package com.acme.progress;

                import com.acme.batch.Counter;
                import java.util.List;

                /** Counts what a batch did. */
                public class Progress {
                    private final Counter counter = new Counter();

                    public Progress() {
                    }

                    public Progress(int start) {
                        counter.add(start);
                    }

                    public int total() {
                        return counter.value();
                    }

                    public static Progress of(List<Integer> values) {
                        Progress stats = new Progress();
                        values.forEach(stats.counter::add);
                        return stats;
                    }
                }
                """, after.text("src/main/java/com/acme/progress/Progress.java"));
        assertEquals("""
                package com.acme.batch;

                import com.acme.progress.Progress;

                class Runner {
                    Progress stats = new Progress(1);
                }
                """, after.text("src/main/java/com/acme/batch/Runner.java"));
        assertEquals("""
                package com.acme.progress;

                public class Tracker {
                    Progress stats;
                }
                """, after.text("src/main/java/com/acme/progress/Tracker.java"));
        assertEquals(COUNTER, after.text("src/main/java/com/acme/batch/Counter.java"));
        assertThat(result.mappings())
                .contains(new TypeMapping(TypeMapping.Kind.ONE_TO_ONE, "com.acme.batch.ProgressStats",
                "src/main/java/com/acme/batch/ProgressStats.java", "com.acme.progress.Progress",
                "src/main/java/com/acme/progress/Progress.java"));
        assertThat(result.importChanges()).as(() -> result.importChanges().toString())
                .contains(new ImportChange("src/main/java/com/acme/progress/Progress.java",
                null, "com.acme.batch.Counter"));
        assertThat(result.importChanges()).contains(new ImportChange("src/main/java/com/acme/progress/Tracker.java",
                "com.acme.batch.ProgressStats", null));
        assertThat(result.metrics().referencesRewritten()).as("references rewritten").isGreaterThanOrEqualTo(5);
        assertEquals(4, result.metrics().javaFilesBefore());
        assertEquals(4, result.metrics().javaFilesAfter());
        assertCompiles(before);
        assertCompiles(after);
    }

    @Test
    void move_keeps_the_source_root_of_the_file() {
        SourceTree before = tree(
                "src/main/java/com/acme/batch/Counter.java", COUNTER,
                "src/test/java/com/acme/batch/CounterFixture.java", """
                        package com.acme.batch;

                        public class CounterFixture {
                            Counter counter = new Counter();
                        }
                        """);
        SourceTree after = run(before, move("com.acme.batch.CounterFixture", "com.acme.fixtures.CounterFixture")).after();
        assertEquals("""
                package com.acme.fixtures;

                import com.acme.batch.Counter;

                public class CounterFixture {
                    Counter counter = new Counter();
                }
                """, after.text("src/test/java/com/acme/fixtures/CounterFixture.java"));
        assertCompiles(after);
    }

    @Test
    void move_package_moves_every_type_and_package_info_but_not_sub_packages_unless_recursive() {
        SourceTree before = tree(
                "src/main/java/com/acme/legacy/metrics/Gauge.java", "package com.acme.legacy.metrics;\n\npublic class Gauge {\n    Meter meter;\n}\n",
                "src/main/java/com/acme/legacy/metrics/Meter.java", "package com.acme.legacy.metrics;\n\npublic class Meter {\n}\n",
                "src/main/java/com/acme/legacy/metrics/package-info.java", "/** Metrics. */\npackage com.acme.legacy.metrics;\n",
                "src/main/java/com/acme/legacy/metrics/sub/Rate.java", "package com.acme.legacy.metrics.sub;\n\nimport com.acme.legacy.metrics.*;\n\npublic class Rate {\n    Gauge gauge;\n}\n",
                "src/main/java/com/acme/app/App.java", """
                        package com.acme.app;

                        import com.acme.legacy.metrics.Gauge;
                        import com.acme.legacy.metrics.sub.Rate;

                        public class App {
                            Gauge gauge;
                            Rate rate;
                            com.acme.legacy.metrics.Meter meter;
                        }
                        """);
        SourceTree flat = run(before, movePackage("com.acme.legacy.metrics", "com.acme.progress.metrics", false)).after();
        assertThat(flat.paths()).contains("src/main/java/com/acme/progress/metrics/Gauge.java");
        assertThat(flat.paths()).contains("src/main/java/com/acme/progress/metrics/package-info.java");
        assertThat(flat.paths()).contains("src/main/java/com/acme/legacy/metrics/sub/Rate.java");
        assertEquals("package com.acme.legacy.metrics.sub;\n\nimport com.acme.progress.metrics.*;\n\npublic class Rate {\n    Gauge gauge;\n}\n",
                flat.text("src/main/java/com/acme/legacy/metrics/sub/Rate.java"));
        assertEquals("""
                package com.acme.app;

                import com.acme.legacy.metrics.sub.Rate;
                import com.acme.progress.metrics.Gauge;

                public class App {
                    Gauge gauge;
                    Rate rate;
                    com.acme.progress.metrics.Meter meter;
                }
                """, flat.text("src/main/java/com/acme/app/App.java"));
        assertCompiles(flat);

        SourceTree deep = run(before, movePackage("com.acme.legacy.metrics", "com.acme.progress.metrics", true)).after();
        assertEquals("package com.acme.progress.metrics.sub;\n\nimport com.acme.progress.metrics.*;\n\npublic class Rate {\n    Gauge gauge;\n}\n",
                deep.text("src/main/java/com/acme/progress/metrics/sub/Rate.java"));
        assertCompiles(deep);
    }
}
