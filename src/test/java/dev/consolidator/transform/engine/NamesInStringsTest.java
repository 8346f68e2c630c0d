package dev.consolidator.transform.engine;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.PathGlob;
import dev.consolidator.plan.Step;
import dev.consolidator.plan.TextRewrites;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

/** Retired qualified names in strings, comments and listed text files, rewritten (or reported) by every step. */
class NamesInStringsTest {
    static final String OLD = "src/main/java/com/a/Old.java";
    static final String LOADER = "src/main/java/com/c/Loader.java";
    static final String PROPS = "src/main/resources/app.properties";
    static final String OTHER = "src/main/resources/other.xml";

    static final String OLD_TEXT = """
            package com.a;

            /** Loaded as com.a.Old by name. */
            public class Old {
                public static class Inner {
                }

                public static String self() {
                    return "com.a.Old";
                }
            }
            """;

    /** A CRLF file: the names in its strings and comments change, nothing else does. */
    static final String LOADER_TEXT = String.join("\r\n",
            "package com.c;",
            "",
            "// creates com.a.Old by reflection, never com.a.OldThing",
            "public class Loader {",
            "    public static String run() throws Exception {",
            "        String usage = \"usage: com.a.Old [args]\";",
            "        String other = \"com.a.OldThing acom.a.Old com.a.Older\";",
            "        return Class.forName(\"com.a.Old\").getName() + \" \" + Class.forName(\"com.a.Old$Inner\").getName()",
            "                + \" \" + usage + \" \" + other + \" \" + Class.forName(com.a.Old.self()).getSimpleName();",
            "    }",
            "}",
            "");

    static final Step.Move MOVE = new Step.Move("com.a.Old", "com.b.New", Compatibility.NONE, Steps.line(7));

    @Test
    void a_move_rewrites_qualified_names_in_strings_and_comments_everywhere_including_the_moved_file() {
        SourceTree before = tree(OLD, OLD_TEXT, LOADER, LOADER_TEXT);

        SourceTree after = runTwiceAndCompile(before, phase(TextRewrites.DEFAULT, MOVE)).after();

        assertThat(after.text("src/main/java/com/b/New.java")).isEqualTo("""
                package com.b;

                /** Loaded as com.b.New by name. */
                public class New {
                    public static class Inner {
                    }

                    public static String self() {
                        return "com.b.New";
                    }
                }
                """);
        assertThat(after.text(LOADER)).isEqualTo(String.join("\r\n",
                "package com.c;",
                "",
                "// creates com.b.New by reflection, never com.a.OldThing",
                "public class Loader {",
                "    public static String run() throws Exception {",
                "        String usage = \"usage: com.b.New [args]\";",
                "        String other = \"com.a.OldThing acom.a.Old com.a.Older\";",
                "        return Class.forName(\"com.b.New\").getName() + \" \" + Class.forName(\"com.b.New$Inner\").getName()",
                "                + \" \" + usage + \" \" + other + \" \" + Class.forName(com.b.New.self()).getSimpleName();",
                "    }",
                "}",
                ""));
        assertThat(JavaCompilation.compile(after).run("com.c.Loader")).isEqualTo("com.b.New com.b.New$Inner"
                + " usage: com.b.New [args] com.a.OldThing acom.a.Old com.a.Older New");
    }

    @Test
    void a_nested_merge_makes_class_name_strings_binary_and_other_mentions_canonical() {
        SourceTree before = tree(OLD, OLD_TEXT, LOADER, LOADER_TEXT, "src/main/java/com/b/Target.java", """
                package com.b;

                public final class Target {
                }
                """);
        Step.Merge merge = new Step.Merge(List.of("com.a.Old"), "com.b.Target", MergeMode.NESTED, Map.of(), Steps.line(9));

        SourceTree after = runTwiceAndCompile(before, phase(TextRewrites.DEFAULT, merge)).after();

        assertThat(after.text(LOADER)).contains(
                "// creates com.b.Target.Old by reflection, never com.a.OldThing\r\n",
                "String usage = \"usage: com.b.Target.Old [args]\";\r\n",
                "Class.forName(\"com.b.Target$Old\").getName() + \" \" + Class.forName(\"com.b.Target$Old$Inner\")");
        assertThat(after.text("src/main/java/com/b/Target.java"))
                .contains("/** Loaded as com.b.Target.Old by name. */", "return \"com.b.Target$Old\";");
        assertThat(JavaCompilation.compile(after).run("com.c.Loader")).isEqualTo("com.b.Target$Old"
                + " com.b.Target$Old$Inner usage: com.b.Target.Old [args] com.a.OldThing acom.a.Old com.a.Older Old");
    }

    @Test
    void a_members_merge_points_old_names_at_the_target_and_its_carried_nested_types() {
        SourceTree before = tree(OLD, OLD_TEXT, LOADER, LOADER_TEXT.replace("Class.forName(com.a.Old.self())",
                "Class.forName(\"com.a.Old\")"), "src/main/java/com/b/Target.java", """
                package com.b;

                public final class Target {
                }
                """);
        Step.Merge merge = new Step.Merge(List.of("com.a.Old"), "com.b.Target", MergeMode.MEMBERS, Map.of(), Steps.line(9));

        SourceTree after = runTwiceAndCompile(before, phase(TextRewrites.DEFAULT, merge)).after();

        assertThat(after.text(LOADER)).contains("// creates com.b.Target by reflection, never com.a.OldThing\r\n",
                "Class.forName(\"com.b.Target\").getName() + \" \" + Class.forName(\"com.b.Target$Inner\")");
        assertThat(JavaCompilation.compile(after).run("com.c.Loader")).isEqualTo("com.b.Target com.b.Target$Inner"
                + " usage: com.b.Target [args] com.a.OldThing acom.a.Old com.a.Older Target");
    }

    @Test
    void the_rewritten_sources_compile_at_release_8_too() {   // the last --release given to javac wins
        SourceTree before = tree(OLD, OLD_TEXT, LOADER, LOADER_TEXT);

        SourceTree after = runTwiceAndCompile(before, phase(TextRewrites.DEFAULT, MOVE)).after();

        assertThat(JavaCompilation.compile(after, List.of("--release", "8")).errors()).isEmpty();
    }

    @Test
    void a_user_that_is_not_utf8_is_warned_about_instead_of_refusing_the_step() {
        SourceTree before = SourceTree.of(Map.of(OLD, OLD_TEXT, LOADER, LOADER_TEXT), java.util.Set.of(LOADER));

        PhaseEngine engine = new PhaseEngine(new MergeTransform());
        PhaseResult result = engine.run(before, phase(TextRewrites.DEFAULT, new Step.Move("com.a.Old",
                "com.a.New", Compatibility.NONE, Steps.line(7))));

        assertThat(result.problems()).isNotEmpty(); // its code names the type: the step must refuse it, as before
        SourceTree stringsOnly = SourceTree.of(Map.of(OLD, OLD_TEXT, LOADER, "package com.c;\r\n\r\nclass Loader {\r\n"
                + "    String name = \"com.a.Old\";\r\n}\r\n"), java.util.Set.of(LOADER));
        PhaseResult named = engine.run(stringsOnly, phase(TextRewrites.DEFAULT, MOVE));
        assertThat(named.problems()).isEmpty();
        assertThat(named.after().text(LOADER)).isEqualTo(stringsOnly.text(LOADER));
        assertThat(named.warnings()).extracting(w -> w.file() + ":" + w.line()).contains(LOADER + ":4");
    }

    @Test
    void a_package_move_rewrites_every_name_under_the_package() {
        SourceTree before = tree(OLD, OLD_TEXT, "src/main/java/com/a/Helper.java", """
                package com.a;

                public class Helper {
                    static final String[] NAMES = {"com.a.Old", "com.a.Helper", "com.a.other.Thing", "com.ab.Old"};
                }
                """);
        Step.MovePackage move = new Step.MovePackage("com.a", "com.z", false, Compatibility.NONE, Steps.line(10));

        SourceTree after = runTwiceAndCompile(before, phase(TextRewrites.DEFAULT, move)).after();

        assertThat(after.text("src/main/java/com/z/Helper.java")).isEqualTo("""
                package com.z;

                public class Helper {
                    static final String[] NAMES = {"com.z.Old", "com.z.Helper", "com.a.other.Thing", "com.ab.Old"};
                }
                """);
        assertThat(after.text("src/main/java/com/z/Old.java")).contains("return \"com.z.Old\";");
    }

    @Test
    void strings_warn_keeps_the_names_and_warns_about_the_moved_file_too() {
        SourceTree before = tree(OLD, OLD_TEXT, LOADER, LOADER_TEXT);

        PhaseResult result = runTwiceAndCompile(before, phase(new TextRewrites(TextRewrites.Strings.WARN, List.of()), MOVE));

        assertThat(result.after().text(LOADER)).isEqualTo(LOADER_TEXT.replace("Class.forName(com.a.Old.self())",
                "Class.forName(com.b.New.self())"));
        assertThat(result.warnings()).extracting(w -> w.file() + ":" + w.line()).contains(
                LOADER + ":3", LOADER + ":6", LOADER + ":8",
                "src/main/java/com/b/New.java:3", "src/main/java/com/b/New.java:9");
    }

    @Test
    void a_string_with_the_old_simple_name_is_a_warning_in_users_and_in_the_moved_file() {
        SourceTree before = tree(OLD, OLD_TEXT.replace("return \"com.a.Old\";", "return \"Old\";"),
                LOADER, LOADER_TEXT.replace("\"usage: com.a.Old [args]\"", "\"usage: Old [args]\""));

        PhaseResult result = runTwiceAndCompile(before, phase(TextRewrites.DEFAULT, MOVE));

        assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("a string holds \"Old\""))
                .extracting(Warning::file, Warning::line)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LOADER, 6),
                        org.assertj.core.groups.Tuple.tuple("src/main/java/com/b/New.java", 9));
    }

    @Test
    void files_listed_under_rewrite_text_get_binary_names_and_others_stay_warnings() {
        String props = "# loaded by com.a.Old\r\nhandler=com.a.Old\r\ninner=com.a.Old$Inner\r\nthing=com.a.OldThing\r\n";
        String xml = "<bean class=\"com.a.Old\"/>\n";
        SourceTree before = tree(OLD, OLD_TEXT, PROPS, props, OTHER, xml);
        TextRewrites text = new TextRewrites(TextRewrites.Strings.REWRITE,
                List.of(PathGlob.parse("src/main/resources/**/*.properties")));

        PhaseResult result = runTwiceAndCompile(before, phase(text, MOVE));

        assertThat(result.after().text(PROPS)).isEqualTo(
                "# loaded by com.b.New\r\nhandler=com.b.New\r\ninner=com.b.New$Inner\r\nthing=com.a.OldThing\r\n");
        assertThat(result.after().text(OTHER)).isEqualTo(xml);
        assertThat(result.warnings()).extracting(w -> w.file() + ":" + w.line()).containsExactly(OTHER + ":1");
    }

    private static Phase phase(TextRewrites text, Step... steps) {
        return new Phase("p", "Phase", "", List.of(steps), Steps.line(4), text);
    }

    /** First run, untouched files byte-identical, the second run a no-op, and the result compiles. */
    private static PhaseResult runTwiceAndCompile(SourceTree before, Phase phase) {
        PhaseEngine engine = new PhaseEngine(new MergeTransform());
        PhaseResult result = engine.run(before, phase);
        assertThat(result.problems()).isEmpty();
        SourceTree current = before;
        for (StepResult s : result.steps()) {
            assertUntouchedIdentical(current, s.changes());
            current = current.apply(s.changes());
        }
        PhaseResult again = engine.run(result.after(), phase);
        assertThat(again.problems()).isEmpty();
        assertThat(again).matches(PhaseResult::alreadyApplied, "already applied");
        assertThat(again.after().files()).isEqualTo(result.after().files());
        assertThat(JavaCompilation.compile(result.after()).errors()).isEmpty();
        return result;
    }
}
