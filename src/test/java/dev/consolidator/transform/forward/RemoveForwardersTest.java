package dev.consolidator.transform.forward;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.dump;
import static dev.consolidator.transform.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code removeForwarders}: an earlier phase's forwarders go once nothing uses them, and not before. */
class RemoveForwardersTest {
    static final String PLAN = ".github/consolidation.yml";
    static final String MODULE = "src/main/java/module-info.java";
    static final String OLD_CODEC = "src/main/java/com/a/Codec.java";
    static final String NEW_CODEC = "src/main/java/com/b/Codec.java";
    static final String CLIENT = "src/main/java/com/c/Client.java";
    static final String LATE = "src/test/java/com/d/LateTest.java";

    private final PhaseEngine engine = new PhaseEngine(new MergeTransform());

    static Step.Move forwardingMove(String type, String to) {
        return new Step.Move(type, to, Compatibility.FORWARDING, new Location(PLAN, 7, 9));
    }

    static Step.RemoveForwarders removal(String phase, Step... forwarding) {
        return new Step.RemoveForwarders(phase, List.of(forwarding), new Location(PLAN, 12, 28), new Location(PLAN, 12, 9));
    }

    static Phase phase(String id, Step... steps) {
        return new Phase(id, id, "", List.of(steps), new Location(PLAN, 4, 5));
    }

    /** A module exporting com.a, whose one class moves to com.b with a forwarder, and a client the move retargets. */
    static SourceTree codecProject() {
        return tree(MODULE, "module shop {\n    exports com.a;\n    opens com.a to java.base;\n    exports com.c;\n}\n",
                OLD_CODEC, """
                        /* Licensed to Acme. */
                        package com.a;

                        public class Codec {
                            public Codec(String name) {
                            }
                        }
                        """,
                CLIENT, """
                        package com.c;

                        import com.a.Codec;

                        public class Client {
                            Codec codec = new Codec("x");
                        }
                        """);
    }

    /** Phase one applied, as the default branch holds it once its PR is merged. */
    SourceTree afterMove(SourceTree before) {
        PhaseResult moved = engine.run(before, phase("codec", forwardingMove("com.a.Codec", "com.b.Codec")));
        assertThat(moved.problems()).isEmpty();
        assertThat(moved.after().text(OLD_CODEC)).contains("@deprecated use {@link com.b.Codec} instead");
        return moved.after();
    }

    @Test
    void removal_is_refused_naming_each_user_while_code_written_since_still_uses_the_old_name() {
        SourceTree merged = afterMove(codecProject());
        SourceTree withLateUser = merged.apply(new dev.consolidator.transform.ChangeBuilder(merged).write(LATE, """
                package com.d;

                import com.a.Codec;

                class LateTest {
                    Codec first = new Codec("a"), second = new com.a.Codec("b");
                    Object third = com.a.Codec.class;
                }
                """).build());

        PhaseResult result = engine.run(withLateUser, phase("cleanup", removal("codec",
                forwardingMove("com.a.Codec", "com.b.Codec"))));

        assertThat(result.problems()).as("the removal is refused").isNotEmpty();
        StepResult step = result.steps().get(0);
        assertThat(step.summary()).isEqualTo("remove the forwarders of phase codec: refused (4 problems)");
        assertThat(step.changes().problems()).extracting(Problem::toString).containsExactly(
                PLAN + ":12: the forwarders of phase `codec` are still used in 1 file, on 3 lines (each use below);"
                        + " change them to the new names first, then run the step again",
                LATE + ":3: still uses com.a.Codec, a forwarder of phase `codec` that this step removes; use com.b.Codec instead",
                LATE + ":6: still uses com.a.Codec, a forwarder of phase `codec` that this step removes; use com.b.Codec instead",
                LATE + ":7: still uses com.a.Codec, a forwarder of phase `codec` that this step removes; use com.b.Codec instead");
        assertThat(step.changes().touchedPaths()).as("a refused step carries no file changes").isEmpty();
    }

    @Test
    void with_no_user_left_the_forwarder_goes_and_so_do_the_exports_of_its_emptied_package() {
        SourceTree merged = afterMove(codecProject());
        Step.RemoveForwarders step = removal("codec", forwardingMove("com.a.Codec", "com.b.Codec"));

        PhaseResult result = engine.run(merged, phase("cleanup", step));

        assertThat(result.problems()).isEmpty();
        assertThat(result.steps().get(0).changes().deleted()).containsExactly(OLD_CODEC);
        assertThat(merged.text(MODULE)).isEqualTo("module shop {\n    exports com.a;\n    exports com.b;\n"
                + "    opens com.a to java.base;\n    opens com.b to java.base;\n    exports com.c;\n}\n");
        assertThat(result.after().text(MODULE))
                .isEqualTo("module shop {\n    exports com.b;\n    opens com.b to java.base;\n    exports com.c;\n}\n");
        assertUntouchedIdentical(merged, result.steps().get(0).changes());
        assertThat(JavaCompilation.compile(result.after(), "8", List.of()).errors()).as(() -> dump(result.after())).isEmpty();
        PhaseResult again = engine.run(result.after(), phase("cleanup", step));
        assertThat(again.problems()).isEmpty();
        assertThat(again).matches(PhaseResult::alreadyApplied, "already applied");
        assertThat(again.after().files()).isEqualTo(result.after().files());
        assertThat(again.warnings()).extracting(Warning::message)
                .containsExactly("phase `codec` has no forwarders left: nothing to remove (already removed)");
    }

    static final String TRACKER = "src/main/java/com/acme/batch/ProgressTracker.java";
    static final String STATS = "src/main/java/com/acme/batch/Stats.java";
    static final String OLD_REPORT = "src/main/java/com/acme/report/Report.java";
    static final String OLD_CSV = "src/main/java/com/acme/report/csv/CsvReport.java";
    static final String TEAM_FILE = "src/main/java/com/acme/report/Notes.java";

    static Step.Merge members() {
        return new Step.Merge(List.of("com.acme.batch.ProgressTracker"), "com.acme.progress.Metrics", MergeMode.MEMBERS,
                Map.of("update", "collect"), Compatibility.FORWARDING, new Location(PLAN, 8, 9));
    }

    static Step.Merge nested() {
        return new Step.Merge(List.of("com.acme.batch.Stats"), "com.acme.progress.Metrics", MergeMode.NESTED,
                Map.of(), Compatibility.FORWARDING, new Location(PLAN, 9, 9));
    }

    static Step.MovePackage packageMove() {
        return new Step.MovePackage("com.acme.report", "com.acme.reporting", true, Compatibility.FORWARDING,
                new Location(PLAN, 10, 9));
    }

    static SourceTree batchProject() {
        return tree("pom.xml", "<project><properties><maven.compiler.release>8</maven.compiler.release></properties></project>\n",
                TRACKER, """
                        package com.acme.batch;

                        public class ProgressTracker {
                            public static long update(long items) {
                                return items;
                            }
                        }
                        """,
                STATS, """
                        package com.acme.batch;

                        public class Stats {
                            public long done;
                        }
                        """,
                "src/main/java/com/acme/progress/Metrics.java", """
                        package com.acme.progress;

                        public class Metrics {
                        }
                        """,
                OLD_REPORT, """
                        package com.acme.report;

                        public class Report {
                        }
                        """,
                OLD_CSV, """
                        package com.acme.report.csv;

                        public class CsvReport extends com.acme.report.Report {
                        }
                        """,
                "src/main/java/com/acme/app/App.java", """
                        package com.acme.app;

                        import com.acme.batch.ProgressTracker;
                        import com.acme.batch.Stats;
                        import com.acme.report.csv.CsvReport;

                        public class App {
                            long run(Stats stats) {
                                return ProgressTracker.update(stats.done) + new CsvReport().hashCode();
                            }
                        }
                        """);
    }

    @Test
    void the_forwarders_of_members_and_nested_merges_and_of_a_recursive_package_move_go_and_the_teams_own_files_stay() {
        Phase consolidate = phase("consolidate", members(), nested(), packageMove());
        PhaseResult first = engine.run(batchProject(), consolidate);
        assertThat(first.problems()).isEmpty();
        String notes = "package com.acme.report;\n\n/** Written by the team after the move. */\npublic class Notes {\n}\n";
        SourceTree merged = first.after().apply(new dev.consolidator.transform.ChangeBuilder(first.after())
                .write(TEAM_FILE, notes).build());
        assertThat(List.of(TRACKER, STATS, OLD_REPORT, OLD_CSV)).allSatisfy(path ->
                assertThat(merged.text(path)).contains("this forwarding type will be removed."));
        Step.RemoveForwarders step = removal("consolidate", members(), nested(), packageMove());

        PhaseResult result = engine.run(merged, phase("cleanup", step));

        assertThat(result.problems()).isEmpty();
        assertThat(result.steps().get(0).changes().deleted()).containsExactly(TRACKER, STATS, OLD_REPORT, OLD_CSV);
        assertThat(result.steps().get(0).changes().modified()).isEmpty();
        assertThat(result.after().text(TEAM_FILE)).isEqualTo(notes);
        assertUntouchedIdentical(merged, result.steps().get(0).changes());
        assertThat(JavaCompilation.compile(result.after(), "8", List.of()).errors()).as(() -> dump(result.after())).isEmpty();
        assertThat(JavaCompilation.compile(result.after(), "17", List.of()).errors()).isEmpty();
        PhaseResult again = engine.run(result.after(), phase("cleanup", step));
        assertThat(again).matches(PhaseResult::alreadyApplied, "already applied");
        assertThat(again.after().files()).isEqualTo(result.after().files());
        // the phase that left them is still done without them (the team's file aside: a package move would take it along)
        SourceTree withoutTeamFile = result.after().apply(new dev.consolidator.transform.ChangeBuilder(result.after())
                .delete(TEAM_FILE).build());
        PhaseResult firstAgain = engine.run(withoutTeamFile, consolidate);
        assertThat(firstAgain.problems()).isEmpty();
        assertThat(firstAgain.alreadyApplied()).as(() -> firstAgain.steps().toString()).isTrue();
    }

    @Test
    void with_the_forwarders_gone_code_written_since_that_names_an_old_type_is_refused_not_taken_as_done() {
        SourceTree merged = afterMove(codecProject());
        Step.RemoveForwarders step = removal("codec", forwardingMove("com.a.Codec", "com.b.Codec"));
        SourceTree removed = engine.run(merged, phase("cleanup", step)).after();
        SourceTree late = removed.apply(new dev.consolidator.transform.ChangeBuilder(removed)
                .write(LATE, "package com.d;\n\nimport com.a.Codec;\n\nclass LateTest {\n}\n").build());

        PhaseResult result = engine.run(late, phase("cleanup", step));

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                PLAN + ":12: the forwarders of phase `codec` are still used in 1 file, on 1 line (each use below);"
                        + " change them to the new names first, then run the step again",
                LATE + ":3: still uses com.a.Codec, a forwarder of phase `codec` that this step removes; use com.b.Codec instead");
    }

    @Test
    void a_refusal_names_the_first_twenty_uses_and_counts_the_rest() {
        SourceTree merged = afterMove(codecProject());
        dev.consolidator.transform.ChangeBuilder users = new dev.consolidator.transform.ChangeBuilder(merged);
        for (int i = 0; i < 25; i++) {
            users.write("src/main/java/com/u/User" + (i < 10 ? "0" : "") + i + ".java",
                    "package com.u;\n\nclass User" + (i < 10 ? "0" : "") + i + " {\n    com.a.Codec codec;\n}\n");
        }

        PhaseResult result = engine.run(merged.apply(users.build()), phase("cleanup",
                removal("codec", forwardingMove("com.a.Codec", "com.b.Codec"))));

        List<Problem> problems = result.problems();
        assertThat(problems).hasSize(21);
        assertThat(problems.get(0).message()).isEqualTo("the forwarders of phase `codec` are still used in 25 files, on 25"
                + " lines (the first 20 of 25 uses below); change them to the new names first, then run the step again");
        assertThat(problems.get(1).file()).isEqualTo("src/main/java/com/u/User00.java");
        assertThat(problems.get(20).file()).isEqualTo("src/main/java/com/u/User19.java");
        assertThat(problems.get(20).line()).isEqualTo(4);
    }

    @Test
    void a_phase_that_is_not_applied_on_the_tree_or_left_no_forwarders_is_refused_at_the_line_naming_it() {
        PhaseResult notApplied = engine.run(codecProject(), phase("cleanup",
                removal("codec", forwardingMove("com.a.Codec", "com.b.Codec"))));
        PhaseResult nothing = engine.run(codecProject(), phase("cleanup", removal("codec")));

        assertThat(notApplied.problems()).extracting(Problem::toString).containsExactly(PLAN + ":12: phase `codec` is not"
                + " applied here: com.a.Codec still is a type of its own, not a forwarder; apply (and merge) phase `codec` first");
        assertThat(nothing.problems()).extracting(Problem::toString).containsExactly(PLAN + ":12: phase `codec` leaves no"
                + " forwarders: none of its steps is a move, movePackage or merge with `compatibility: forwarding`");
    }

    @Test
    void usage_per_phase_counts_files_and_lines_from_the_recorded_mappings_outside_the_forwarders() {
        SourceTree merged = afterMove(codecProject());
        SourceTree used = merged.apply(new dev.consolidator.transform.ChangeBuilder(merged)
                .write("src/main/java/com/d/Wild.java", """
                        package com.d;

                        import com.a.*;

                        class Wild {
                            Codec a = new Codec("a");
                            Codec b;
                        }
                        """)
                .write("src/main/java/com/d/Other.java", """
                        package com.d;

                        class Other {
                            /** Not the forwarder: a Codec of its own. */
                            static class Codec {
                            }
                            Codec mine;
                            String text = "com.a.Codec";
                        }
                        """)
                .write("src/test/java/com/a/SamePackageTest.java", """
                        package com.a;

                        class SamePackageTest {
                            Object codec = new Codec("t");
                        }
                        """).build());
        Map<String, List<dev.consolidator.transform.TypeMapping>> recorded = new LinkedHashMap<>();
        recorded.put("codec", List.of(new dev.consolidator.transform.TypeMapping(
                dev.consolidator.transform.TypeMapping.Kind.ONE_TO_ONE, "com.a.Codec", OLD_CODEC, "com.b.Codec", NEW_CODEC)));
        recorded.put("gone", List.of(new dev.consolidator.transform.TypeMapping(
                dev.consolidator.transform.TypeMapping.Kind.ONE_TO_ONE, "com.x.Gone", "src/main/java/com/x/Gone.java",
                "com.y.Gone", "src/main/java/com/y/Gone.java")));

        Map<String, ForwarderUses.Usage> usage = ForwarderUses.byPhase(used, recorded);

        assertThat(usage).containsOnlyKeys("codec");
        ForwarderUses.Usage codec = usage.get("codec");
        assertThat(codec.forwarders()).containsExactly(new ForwarderFile("com.a.Codec", OLD_CODEC, "com.b.Codec"));
        assertThat(codec.uses()).extracting(ForwarderUses.Use::toString).containsExactly(
                "src/main/java/com/d/Wild.java:6", "src/main/java/com/d/Wild.java:7", "src/test/java/com/a/SamePackageTest.java:4");
        assertThat(codec.files()).isEqualTo(2);
        assertThat(codec.lines()).isEqualTo(3);
        assertThat(ForwarderUses.byPhase(merged, recorded).get("codec").lines()).isZero();
        Map<String, ForwarderUses.Usage> fromPlan = ForwarderUses.byPhase(used, Map.of(),
                Map.of("codec", List.of(forwardingMove("com.a.Codec", "com.b.Codec")), "other", List.of()));
        assertThat(fromPlan).as("a phase that recorded nothing: found from the plan and the mark").containsOnlyKeys("codec");
        assertThat(fromPlan.get("codec")).isEqualTo(codec);
    }
}
