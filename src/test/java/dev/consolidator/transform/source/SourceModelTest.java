package dev.consolidator.transform.source;

import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SourceModelTest {
    private final SourceTree tree = tree(
            "src/main/java/com/a/One.java", "/* licence: package com.wrong; */\npackage com.a;\n\npublic class One {\n    public static class Inner {\n    }\n}\n\nclass Secondary {\n}\n",
            "src/test/java/com/a/OneTest.java", "package com.a;\n\nclass OneTest {\n}\n",
            "src/main/java11/com/a/Jdk11.java", "package com.a;\n\npublic class Jdk11 {\n}\n",
            "modules/core/src/main/java/org/x/Core.java", "package org.x;\n\npublic interface Core {\n}\n",
            "modules/core/src/main/java/module-info.java", "module org.x {\n    exports org.x;\n}\n",
            "src/main/java/com/a/package-info.java", "/** Docs. */\n@Deprecated\npackage com.a;\n",
            "misplaced/Wrong.java", "package com.elsewhere;\n\nclass Wrong {\n}\n",
            "src/main/resources/app.properties", "x=1\n");

    @Test
    void every_directory_whose_files_match_their_packages_is_a_source_root() {
        SourceModel model = SourceModel.of(tree);
        assertEquals(new TreeSet<>(Set.of("src/main/java", "src/test/java", "src/main/java11", "modules/core/src/main/java")),
                new TreeSet<>(model.javaFiles().values().stream().map(JavaFile::root).filter(r -> r != null).toList()));
        assertNull(model.file("misplaced/Wrong.java").orElseThrow().root());
        assertEquals("com.a", model.file("src/main/java/com/a/package-info.java").orElseThrow().packageName());
    }

    @Test
    void the_index_knows_top_level_types_cheaply_and_nested_types_by_parsing_their_file() {
        SourceModel model = SourceModel.of(tree);
        assertThat(model.isTopLevelType("com.a.One")).as("com.a.One is a top-level type").isTrue();
        assertThat(model.isTopLevelType("com.a.Secondary")).as("com.a.Secondary is a top-level type").isTrue();
        assertThat(model.isTopLevelType("com.a.One.Inner")).as("com.a.One.Inner is a top-level type").isFalse();
        assertEquals(Optional.of("src/main/java/com/a/One.java"), model.pathOf("com.a.One.Inner"));
        assertThat(model.isType("org.x.Core")).as("org.x.Core is a type of the tree").isTrue();
        assertThat(model.isType("com.a.One.Missing")).as("com.a.One.Missing is a type of the tree").isFalse();
        assertEquals(Set.of("One", "Secondary", "OneTest", "Jdk11"), model.typesIn("com.a"));
        assertEquals(List.of("com.a.One", "com.a.One.Inner", "com.a.Secondary"), model.declaredTypes("src/main/java/com/a/One.java"));
        assertEquals(new TreeSet<>(Set.of("org.x")), model.packagesUnder("org"));
    }

    @Test
    void parsing_is_at_java_17_and_a_failed_parse_is_empty() {
        assertThat(JavaText.parse("record R(int x) {}\nsealed interface S permits T {}\nfinal class T implements S {}\n")).isPresent();
        assertThat(JavaText.parse("class Broken {")).isEmpty();
    }

    @Test
    void a_type_is_found_by_its_file_name_only_when_the_file_is_named_after_it() {
        SourceModel model = SourceModel.of(tree);

        assertThat(model.primaryPathOf("com.a.One")).contains("src/main/java/com/a/One.java");
        assertThat(model.primaryPathOf("com.a.Secondary")).as("a second top-level type has no file of its own").isEmpty();
        assertThat(model.primaryPathOf("com.a.One.Inner")).isEmpty();
        assertThat(model.pathOf("com.a.Secondary")).contains("src/main/java/com/a/One.java");
    }

    @Test
    void a_declaration_is_a_top_level_or_member_type_never_a_local_class() {
        SourceModel model = SourceModel.of(tree("src/main/java/com/a/Box.java", """
                package com.a;

                class Box {
                    void m() {
                        class Item {
                        }
                    }

                    static class Item {
                        int size;
                    }
                }
                """));

        assertThat(model.type("com.a.Box")).map(t -> t.getNameAsString()).contains("Box");
        assertThat(model.type("com.a.Box.Item").orElseThrow().getFields()).as("the member, not the local class").hasSize(1);
        assertThat(model.type("com.a.Box.Missing")).isEmpty();
    }

    @Test
    void a_unit_a_step_needs_that_does_not_parse_is_refused_with_its_line() {
        SourceModel model = SourceModel.of(tree("src/main/java/com/a/Broken.java", "package com.a;\n\nclass Broken {\n    int x = ;\n}\n"));

        assertThatThrownBy(() -> model.unit("src/main/java/com/a/Broken.java")).isInstanceOf(UnparsableJava.class)
                .hasMessageStartingWith("src/main/java/com/a/Broken.java does not parse as Java 17 (line 4: ");
        assertThat(model.parse("src/main/java/com/a/Broken.java")).isEmpty();
    }
}
