package dev.consolidator.transform.engine;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.consolidator.transform.Trees.dump;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.forwardingMove;
import static dev.consolidator.transform.engine.Steps.run;
import static org.assertj.core.api.Assertions.assertThat;

/** What a forwarding move leaves for users of the old names, at the project's own Java release. */
class CompatibilityLayerTest {
    private static final String LICENSE = """
            /*
             * Licensed to the Apache Software Foundation (ASF) under one or more
             * contributor license agreements.
             */
            """;
    private static final String POM_AT_8 = """
            <project>
              <properties>
                <java.level>1.8</java.level>
                <maven.compiler.source>${java.level}</maven.compiler.source>
              </properties>
            </project>
            """;

    private static void assertCompilesAt(String release, SourceTree tree) {
        assertThat(JavaCompilation.compile(tree, release, List.of()).errors()).as(() -> dump(tree)).isEmpty();
    }

    @Test
    void a_java_8_project_gets_a_forwarder_java_8_compiles_under_the_moved_files_license_header() {
        SourceTree before = tree("pom.xml", POM_AT_8,
                "src/main/java/com/a/Codec.java", LICENSE + """
                        package com.a;

                        public class Codec {
                            public Codec(String name) {
                            }
                        }
                        """,
                "src/main/java/com/c/Client.java", "package com.c;\n\nclass Client {\n    Object codec = new com.a.Codec(\"x\");\n}\n");

        SourceTree after = run(before, forwardingMove("com.a.Codec", "com.b.Codec")).after();

        assertThat(after.text("src/main/java/com/a/Codec.java")).isEqualTo(LICENSE + """
                package com.a;

                /**
                 * Moved to {@link com.b.Codec}.
                 *
                 * @deprecated use {@link com.b.Codec} instead; this forwarding type will be removed.
                 */
                @Deprecated
                public class Codec extends com.b.Codec {
                    public Codec(String name) {
                        super(name);
                    }
                }
                """);
        assertThat(after.text("src/main/java/com/b/Codec.java")).startsWith(LICENSE);
        assertCompilesAt("8", after);
        assertCompilesAt("17", after);
    }

    @Test
    void a_java_11_project_gets_for_removal_and_the_release_is_read_from_the_compiler_plugin_or_gradle() {
        String pom = "<project><build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId>"
                + "<configuration><release>11</release></configuration></plugin></plugins></build></project>\n";
        for (String[] build : new String[][]{{"pom.xml", pom},
                {"build.gradle.kts", "java {\n    toolchain {\n        languageVersion.set(JavaLanguageVersion.of(11))\n    }\n}\n"}}) {
            SourceTree before = tree(build[0], build[1], "src/main/java/com/a/Sink.java", "package com.a;\n\npublic interface Sink {\n}\n");

            SourceTree after = run(before, forwardingMove("com.a.Sink", "com.b.Sink")).after();

            assertThat(after.text("src/main/java/com/a/Sink.java")).contains("@Deprecated(forRemoval = true)\npublic interface Sink extends com.b.Sink {");
            assertCompilesAt("11", after);
        }
    }

    @Test
    void package_private_types_and_test_sources_get_no_forwarder_and_the_result_says_why() {
        SourceTree before = tree("pom.xml", POM_AT_8,
                "src/main/java/com/a/Hidden.java", "package com.a;\n\nclass Hidden {\n}\n",
                "src/test/java/com/a/Fixtures.java", "package com.a;\n\npublic class Fixtures {\n}\n");

        PhaseResult result = run(before,
                forwardingMove("com.a.Hidden", "com.b.Hidden"), forwardingMove("com.a.Fixtures", "com.b.Fixtures"));

        assertThat(result.after().paths()).containsExactlyInAnyOrder("pom.xml",
                "src/main/java/com/b/Hidden.java", "src/test/java/com/b/Fixtures.java");
        assertThat(result.warnings()).extracting(Warning::message).satisfiesExactly(
                w -> assertThat(w).contains("com.a.Hidden", "not public"),
                w -> assertThat(w).contains("com.a.Fixtures", "test sources"));
    }

    @Test
    void module_info_keeps_exporting_and_opening_a_package_holding_forwarders_and_exports_the_new_one() {
        SourceTree before = tree(
                "src/main/java/module-info.java", "module shop {\n    exports com.a;\n    opens com.a;\n}\n",
                "src/main/java/com/a/Cart.java", "package com.a;\n\npublic class Cart {\n}\n");

        SourceTree after = run(before, new Step.MovePackage("com.a", "com.b", false, Compatibility.FORWARDING,
                Steps.line(10))).after();

        assertThat(after.text("src/main/java/module-info.java"))
                .isEqualTo("module shop {\n    exports com.a;\n    exports com.b;\n    opens com.a;\n    opens com.b;\n}\n");
        assertThat(after.text("src/main/java/com/a/Cart.java")).contains("@Deprecated(forRemoval = true)");
    }
}
