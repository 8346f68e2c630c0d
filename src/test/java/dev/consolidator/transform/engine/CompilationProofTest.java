package dev.consolidator.transform.engine;

import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.dump;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.movePackage;
import static dev.consolidator.transform.engine.Steps.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A multi-package project with its own checks is consolidated, then compiled with javax.tools and its checks run:
 * same output before and after. It holds the hard cases: same-package users without imports (main and test roots),
 * wildcard and static imports, nested types, Javadoc links, a name clash, qualified names in code and annotations,
 * and a moved type that uses the siblings it leaves behind.
 */
class CompilationProofTest {
    static SourceTree project() {
        return tree(
                "src/main/java/com/acme/batch/ProgressStats.java", """
                        package com.acme.batch;

                        /** Progress of a batch; see {@link Counter}. */
                        @Audited
                        public class ProgressStats {
                            private final Counter done = new Counter();
                            private final Batch.Item last = new Batch.Item("none");

                            public static String format(int n) {
                                return "[" + n + "]";
                            }

                            public static final int MAX = 100;

                            public void step() {
                                done.add(1);
                            }

                            public int total() {
                                return done.value();
                            }

                            public Snapshot snapshot() {
                                return new Snapshot(total(), last.name());
                            }

                            /** A frozen view. */
                            public record Snapshot(int total, String last) {
                            }
                        }
                        """,
                "src/main/java/com/acme/batch/Counter.java", """
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
                        """,
                "src/main/java/com/acme/batch/Batch.java", """
                        package com.acme.batch;

                        public class Batch {
                            public record Item(String name) {
                            }
                        }
                        """,
                "src/main/java/com/acme/batch/Audited.java", """
                        package com.acme.batch;

                        import java.lang.annotation.Retention;
                        import java.lang.annotation.RetentionPolicy;

                        @Retention(RetentionPolicy.RUNTIME)
                        public @interface Audited {
                        }
                        """,
                "src/main/java/com/acme/batch/Timer.java", """
                        package com.acme.batch;

                        public class Timer {
                            public long elapsed() {
                                return 42;
                            }
                        }
                        """,
                "src/main/java/com/acme/batch/Runner.java", """
                        package com.acme.batch;

                        public class Runner {
                            public ProgressStats.Snapshot runAll(int n) {
                                ProgressStats stats = new ProgressStats();
                                for (int i = 0; i < n && i < ProgressStats.MAX; i++) stats.step();
                                return stats.snapshot();
                            }
                        }
                        """,
                "src/main/java/com/acme/report/Report.java", """
                        package com.acme.report;

                        import com.acme.batch.*;

                        /**
                         * Reports {@link ProgressStats#total()}.
                         * @see com.acme.batch.ProgressStats
                         */
                        public class Report {
                            public String render(ProgressStats stats, Counter extra) {
                                return "total=" + stats.total() + " extra=" + extra.value();
                            }
                        }
                        """,
                "src/main/java/com/acme/report/Formatter.java", """
                        package com.acme.report;

                        import static com.acme.batch.ProgressStats.format;
                        import static com.acme.batch.ProgressStats.*;

                        public class Formatter {
                            public String max() {
                                return format(MAX);
                            }
                        }
                        """,
                "src/main/java/com/acme/ui/widgets/Meter.java", """
                        package com.acme.ui.widgets;

                        public class Meter {
                            public String draw() {
                                return "widget";
                            }
                        }
                        """,
                "src/main/java/com/acme/ui/Clock.java", """
                        package com.acme.ui;

                        import com.acme.batch.Timer;
                        import com.acme.ui.widgets.Meter;

                        public class Clock {
                            public String show() {
                                Timer timer = new Timer();
                                return new Meter().draw() + ":" + timer.elapsed();
                            }

                            public boolean audited() {
                                return com.acme.batch.ProgressStats.class.isAnnotationPresent(com.acme.batch.Audited.class);
                            }
                        }
                        """,
                "src/test/java/com/acme/batch/ProgressStatsCheck.java", """
                        package com.acme.batch;

                        public class ProgressStatsCheck {
                            public static String check() {
                                ProgressStats.Snapshot s = new Runner().runAll(3);
                                return s.total() + "/" + s.last();
                            }
                        }
                        """,
                "src/test/java/com/acme/checks/AllChecks.java", """
                        package com.acme.checks;

                        import com.acme.batch.Counter;
                        import com.acme.batch.ProgressStats;
                        import com.acme.batch.ProgressStatsCheck;
                        import com.acme.report.Formatter;
                        import com.acme.report.Report;
                        import com.acme.ui.Clock;

                        public class AllChecks {
                            public static String run() {
                                ProgressStats stats = new ProgressStats();
                                stats.step();
                                Counter extra = new Counter();
                                extra.add(5);
                                return ProgressStatsCheck.check() + " " + new Report().render(stats, extra) + " "
                                        + new Formatter().max() + " " + new Clock().show() + " " + new Clock().audited();
                            }
                        }
                        """);
    }

    @Test
    void consolidated_project_compiles_and_its_checks_give_the_same_results() {
        SourceTree before = project();
        JavaCompilation.Result original = JavaCompilation.compile(before);
        assertThat(original.errors()).as("compile errors of the project").isEmpty();
        String expected = original.run("com.acme.checks.AllChecks");
        assertEquals("3/none total=1 extra=5 [100] widget:42 true", expected);

        PhaseResult result = run(before,
                move("com.acme.batch.ProgressStats", "com.acme.progress.ProgressStats"),
                move("com.acme.batch.Timer", "com.acme.progress.Meter"),
                move("com.acme.batch.Audited", "com.acme.progress.Audited"));
        SourceTree after = result.after();
        JavaCompilation.Result compiled = JavaCompilation.compile(after);
        assertThat(compiled.errors()).as(() -> "compile errors after the moves\n" + dump(after)).isEmpty();
        assertEquals(expected, compiled.run("com.acme.checks.AllChecks"));

        assertEquals("""
                package com.acme.ui;

                import com.acme.ui.widgets.Meter;

                public class Clock {
                    public String show() {
                        com.acme.progress.Meter timer = new com.acme.progress.Meter();
                        return new Meter().draw() + ":" + timer.elapsed();
                    }

                    public boolean audited() {
                        return com.acme.progress.ProgressStats.class.isAnnotationPresent(com.acme.progress.Audited.class);
                    }
                }
                """, after.text("src/main/java/com/acme/ui/Clock.java"), "a clash is qualified, not imported");
        assertThat(after.text("src/test/java/com/acme/batch/ProgressStatsCheck.java"))
                .contains("import com.acme.progress.ProgressStats;");
        assertThat(after.text("src/main/java/com/acme/report/Report.java")).contains("{@link ProgressStats#total()}");
        assertThat(after.text("src/main/java/com/acme/report/Report.java"))
                .contains("@see com.acme.progress.ProgressStats");
        assertThat(after.text("src/main/java/com/acme/report/Formatter.java"))
                .contains("import static com.acme.progress.ProgressStats.*;");
        String moved = after.text("src/main/java/com/acme/progress/ProgressStats.java");
        assertThat(moved)
                .startsWith("package com.acme.progress;\n\nimport com.acme.batch.Batch;\nimport com.acme.batch.Counter;\n\n");
    }

    @Test
    void the_same_project_survives_a_recursive_package_move_with_forwarding() {
        SourceTree before = project();
        PhaseResult result = run(before, new dev.consolidator.plan.Step.MovePackage("com.acme.batch", "com.acme.core.batch",
                true, dev.consolidator.plan.Compatibility.FORWARDING, Steps.line(3)));
        JavaCompilation.Result compiled = JavaCompilation.compile(result.after());
        assertThat(compiled.errors()).as(() -> "compile errors after the move\n" + dump(result.after())).isEmpty();
        assertEquals("3/none total=1 extra=5 [100] widget:42 true", compiled.run("com.acme.checks.AllChecks"));
        assertThat(result.warnings()).as(() -> result.warnings().toString())
                .anyMatch(w -> w.message().contains("com.acme.batch.Audited")
                && w.message().contains("annotation"));
    }

    @Test
    void a_plain_package_move_of_the_project_compiles_and_behaves_the_same() {
        PhaseResult result = run(project(), movePackage("com.acme.batch", "com.acme.core", false));
        JavaCompilation.Result compiled = JavaCompilation.compile(result.after());
        assertThat(compiled.errors()).as(() -> "compile errors after the move\n" + dump(result.after())).isEmpty();
        assertEquals("3/none total=1 extra=5 [100] widget:42 true", compiled.run("com.acme.checks.AllChecks"));
    }
}
