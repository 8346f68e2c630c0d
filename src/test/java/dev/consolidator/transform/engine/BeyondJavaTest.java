package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.movePackage;
import static dev.consolidator.transform.engine.Steps.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** module-info.java, META-INF/services and other text files naming moved types. */
class BeyondJavaTest {
    private static final String SPI = "package com.a.spi;\n\npublic interface Codec {\n}\n";
    private static final String IMPL = "package com.a.spi;\n\npublic class JsonCodec implements Codec {\n}\n";

    @Test
    void module_info_exports_opens_uses_and_provides_follow_a_package_move() {
        SourceTree before = tree(
                "src/main/java/module-info.java", """
                        module com.a {
                            exports com.a.spi;
                            opens com.a.spi to com.fasterxml.jackson.databind;
                            uses com.a.spi.Codec;
                            provides com.a.spi.Codec with com.a.spi.JsonCodec;
                        }
                        """,
                "src/main/java/com/a/spi/Codec.java", SPI,
                "src/main/java/com/a/spi/JsonCodec.java", IMPL);
        SourceTree after = run(before, movePackage("com.a.spi", "com.a.codec", false)).after();
        assertEquals("""
                module com.a {
                    exports com.a.codec;
                    opens com.a.codec to com.fasterxml.jackson.databind;
                    uses com.a.codec.Codec;
                    provides com.a.codec.Codec with com.a.codec.JsonCodec;
                }
                """, after.text("src/main/java/module-info.java"));
    }

    @Test
    void a_type_moving_out_of_an_exported_package_gets_its_new_package_exported_too() {
        SourceTree before = tree(
                "src/main/java/module-info.java", "module com.a {\n    exports com.a.spi;\n}\n",
                "src/main/java/com/a/spi/Codec.java", SPI,
                "src/main/java/com/a/spi/JsonCodec.java", IMPL);
        SourceTree after = run(before, move("com.a.spi.JsonCodec", "com.a.json.JsonCodec")).after();
        assertEquals("module com.a {\n    exports com.a.spi;\n    exports com.a.json;\n}\n", after.text("src/main/java/module-info.java"));
    }

    @Test
    void service_files_are_renamed_and_their_lines_rewritten() {
        SourceTree before = tree(
                "src/main/java/com/a/spi/Codec.java", SPI,
                "src/main/java/com/a/spi/JsonCodec.java", IMPL,
                "src/main/resources/META-INF/services/com.a.spi.Codec", "# codecs\ncom.a.spi.JsonCodec # the default\n");
        SourceTree after = run(before, movePackage("com.a.spi", "com.b.codec", false)).after();
        assertThat(after.paths()).doesNotContain("src/main/resources/META-INF/services/com.a.spi.Codec");
        assertEquals("# codecs\ncom.b.codec.JsonCodec # the default\n",
                after.text("src/main/resources/META-INF/services/com.b.codec.Codec"));
    }

    @Test
    void other_text_files_still_naming_a_moved_type_are_warnings_with_lines_and_string_literals_are_rewritten() {
        SourceTree before = tree(
                "src/main/java/com/a/spi/JsonCodec.java", "package com.a.spi;\n\npublic class JsonCodec {\n}\n",
                "src/main/java/com/c/Loader.java", "package com.c;\n\nclass Loader {\n    String name = \"com.a.spi.JsonCodec\";\n}\n",
                "src/main/resources/app.properties", "codec=com.a.spi.JsonCodec\nother=com.a.spi.JsonCodecs\n",
                "src/main/resources/beans.xml", "<beans>\n  <bean class=\"com.a.spi.JsonCodec\"/>\n</beans>\n",
                Steps.PLAN, "phases:\n  - id: p\n    steps:\n      - move: {type: com.a.spi.JsonCodec, to: com.b.JsonCodec}\n");
        // the plan names the type on purpose: it is not a leftover
        List<Warning> warnings = run(before, move("com.a.spi.JsonCodec", "com.b.JsonCodec")).warnings();
        assertEquals(List.of("src/main/resources/app.properties:1", "src/main/resources/beans.xml:2"),
                warnings.stream().map(w -> w.file() + ":" + w.line()).sorted().toList());
        SourceTree after = run(before, move("com.a.spi.JsonCodec", "com.b.JsonCodec")).after();
        assertEquals(before.text("src/main/resources/app.properties"), after.text("src/main/resources/app.properties"));
        assertEquals("package com.c;\n\nclass Loader {\n    String name = \"com.b.JsonCodec\";\n}\n",
                after.text("src/main/java/com/c/Loader.java"));
    }
}
