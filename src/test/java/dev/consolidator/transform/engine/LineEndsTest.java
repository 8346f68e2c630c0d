package dev.consolidator.transform.engine;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files with Windows (CRLF) and old Mac (CR) line ends go through every kind of step intact: the moved, merged and
 * retargeted files keep their line ends, every other file stays byte-identical, a second run changes nothing and the
 * result compiles. The texts below are written with LF and given the line end under test.
 */
class LineEndsTest {
    enum LineEnd {
        LF("\n"), CRLF("\r\n"), CR("\r");

        final String chars;

        LineEnd(String chars) {
            this.chars = chars;
        }

        String of(String lf) {
            return lf.replace("\n", chars);
        }
    }

    private static final String ROOT = "src/main/java/";
    private static final String OLD = """
            package com.a;

            /** Greets. */
            public class Old {
                public static String greet() {
                    return "hi";
                }
            }
            """;
    private static final String OTHER = """
            package com.a;

            public class Other {
                public static String name() {
                    return "other";
                }
            }
            """;
    private static final String USER = """
            package com.c;

            import com.a.Old;
            import com.a.Other;

            public class User {
                String run() {
                    return Old.greet() + Other.name();
                }
            }
            """;
    private static final String TARGET = """
            package com.t;

            public class Target {
                static String id() {
                    return "t";
                }
            }
            """;
    private static final String GONE = """
            package com.a.gone;

            public class Gone {
            }
            """;
    /** A user by a wildcard import of a package a merge empties. */
    private static final String STAR = """
            package com.d;

            import com.a.*;

            class Star {
                String s = Old.greet();
            }
            """;
    /** A wildcard import of it that nothing uses, which goes with the package. */
    private static final String IDLE = """
            package com.d;

            import com.a.*;
            import java.util.List;

            class Idle {
                List<String> names;
            }
            """;
    private static final String MODULE = """
            module com.app {
                exports com.a;
                exports com.a.gone;
                exports com.c;
            }
            """;

    @ParameterizedTest
    @EnumSource(LineEnd.class)
    void moving_a_type_keeps_the_line_ends(LineEnd end) {
        Map<String, String> changed = changedFiles(end, new Step.Move("com.a.Old", "com.b.Old", Compatibility.NONE, Steps.line(7)));

        assertThat(changed).containsExactlyInAnyOrderEntriesOf(files(
                "com/a/Old.java", null,
                "com/b/Old.java", OLD.replace("package com.a;", "package com.b;"),
                "com/c/User.java", USER.replace("import com.a.Old;\nimport com.a.Other;", "import com.a.Other;\nimport com.b.Old;"),
                "module-info.java", MODULE.replace("exports com.a;\n", "exports com.a;\n    exports com.b;\n")));
    }

    @ParameterizedTest
    @EnumSource(LineEnd.class)
    void moving_a_package_keeps_the_line_ends(LineEnd end) {
        Map<String, String> changed = changedFiles(end, new Step.MovePackage("com.a", "com.b", false, Compatibility.NONE, Steps.line(7)));

        assertThat(changed).containsExactlyInAnyOrderEntriesOf(files(
                "com/a/Old.java", null,
                "com/a/Other.java", null,
                "com/b/Old.java", OLD.replace("package com.a;", "package com.b;"),
                "com/b/Other.java", OTHER.replace("package com.a;", "package com.b;"),
                "com/c/User.java", USER.replace("import com.a.", "import com.b."),
                "module-info.java", MODULE.replace("exports com.a;", "exports com.b;")));
    }

    @ParameterizedTest
    @EnumSource(LineEnd.class)
    void merging_members_keeps_the_line_ends(LineEnd end) {
        Map<String, String> changed = changedFiles(end, new Step.Merge(List.of("com.a.Old", "com.a.Other"), "com.t.Target",
                MergeMode.MEMBERS, Map.of(), Steps.line(7)), ROOT + "com/d/Star.java", STAR, ROOT + "com/d/Idle.java", IDLE);

        assertThat(changed).containsExactlyInAnyOrderEntriesOf(files(
                "com/a/Old.java", null,
                "com/a/Other.java", null,
                "com/t/Target.java", """
                        package com.t;

                        public class Target {
                            static String id() {
                                return "t";
                            }

                            public static String greet() {
                                return "hi";
                            }

                            public static String name() {
                                return "other";
                            }
                        }
                        """,
                "com/c/User.java", """
                        package com.c;

                        import com.t.Target;

                        public class User {
                            String run() {
                                return Target.greet() + Target.name();
                            }
                        }
                        """,
                "com/d/Idle.java", IDLE.replace("import com.a.*;\n", ""),
                "com/d/Star.java", STAR.replace("com.a.*", "com.t.*").replace("Old.greet", "Target.greet"),
                "module-info.java", MODULE.replace("exports com.a;", "exports com.t;")));
    }

    @ParameterizedTest
    @EnumSource(LineEnd.class)
    void merging_nested_keeps_the_line_ends(LineEnd end) {
        Map<String, String> changed = changedFiles(end, new Step.Merge(List.of("com.a.Old"), "com.t.Target",
                MergeMode.NESTED, Map.of(), Steps.line(7)));

        assertThat(changed).containsExactlyInAnyOrderEntriesOf(files(
                "com/a/Old.java", null,
                "com/t/Target.java", """
                        package com.t;

                        public class Target {
                            static String id() {
                                return "t";
                            }

                            /** Greets. */
                            public static class Old {
                                public static String greet() {
                                    return "hi";
                                }
                            }
                        }
                        """,
                "com/c/User.java", """
                        package com.c;

                        import com.a.Other;
                        import com.t.Target;

                        public class User {
                            String run() {
                                return Target.Old.greet() + Other.name();
                            }
                        }
                        """,
                "module-info.java", MODULE.replace("exports com.a;\n", "exports com.a;\n    exports com.t;\n")));
    }

    @ParameterizedTest
    @EnumSource(LineEnd.class)
    void deleting_a_type_keeps_the_line_ends(LineEnd end) {
        Map<String, String> changed = changedFiles(end, new Step.Delete(List.of("com.a.gone.Gone"), Steps.line(7)));

        assertThat(changed).containsExactlyInAnyOrderEntriesOf(files(
                "com/a/gone/Gone.java", null,
                "module-info.java", MODULE.replace("    exports com.a.gone;\n", "")));
    }

    /** Paths under the source root and texts, in pairs. */
    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(ROOT + pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    /**
     * Runs the step through the engine as the application wires it, checks what every step must hold, and returns
     * the files it added or changed (a deleted file maps to null), each back in LF for the expectations.
     */
    private static Map<String, String> changedFiles(LineEnd end, Step step, String... more) {
        Map<String, String> files = new HashMap<>(Map.of(ROOT + "module-info.java", MODULE, ROOT + "com/a/Old.java", OLD,
                ROOT + "com/a/Other.java", OTHER, ROOT + "com/a/gone/Gone.java", GONE, ROOT + "com/c/User.java", USER,
                ROOT + "com/t/Target.java", TARGET));
        for (int i = 0; i < more.length; i += 2) {
            files.put(more[i], more[i + 1]);
        }
        files.replaceAll((path, text) -> end.of(text));
        SourceTree before = SourceTree.of(files);
        PhaseEngine engine = new PhaseEngine(new MergeTransform());

        PhaseResult result = engine.run(before, Steps.phase(step));

        assertThat(result.problems()).isEmpty();
        assertUntouchedIdentical(before, result.steps().get(0).changes());
        PhaseResult again = engine.run(result.after(), Steps.phase(step));
        assertThat(again.problems()).isEmpty();
        assertThat(again.after().files()).as("a second run changes nothing").isEqualTo(result.after().files());
        assertThat(JavaCompilation.compile(result.after()).errors()).isEmpty();
        Map<String, String> changed = new LinkedHashMap<>();
        result.after().files().forEach((path, text) -> {
            if (!text.equals(before.text(path))) {
                changed.put(path, text);
            }
        });
        before.paths().stream().filter(p -> !result.after().contains(p)).forEach(p -> changed.put(p, null));
        changed.forEach((path, text) -> {
            if (text != null) {
                assertThat(text.replace(end.chars, "")).as(path + " has only " + end + " line ends").doesNotContain("\n", "\r");
                changed.put(path, text.replace(end.chars, "\n"));
            }
        });
        return changed;
    }
}
