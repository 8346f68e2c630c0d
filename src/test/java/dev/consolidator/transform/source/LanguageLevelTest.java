package dev.consolidator.transform.source;

import org.junit.jupiter.api.Test;

import static dev.consolidator.transform.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageLevelTest {
    private static final String FILE = "core/src/main/java/com/a/A.java";

    @Test
    void the_nearest_build_file_that_says_it_wins_and_a_module_without_one_inherits_its_parent() {
        var tree = tree("pom.xml", "<project><properties><maven.compiler.release>11</maven.compiler.release></properties></project>",
                "core/pom.xml", "<project><parent/></project>",
                "app/build.gradle", "java {\n    sourceCompatibility = JavaVersion.VERSION_1_8\n}\n",
                FILE, "package com.a;\nclass A {}\n");

        assertThat(LanguageLevel.of(tree, FILE)).isEqualTo(11);
        assertThat(LanguageLevel.of(tree, "app/src/main/java/com/b/B.java")).isEqualTo(8);
    }

    @Test
    void gradle_release_and_toolchain_are_read_too() {
        assertThat(LanguageLevel.gradle("tasks.withType(JavaCompile) { options.release = 17 }")).contains(17);
        assertThat(LanguageLevel.gradle("sourceCompatibility = '1.8'")).contains(8);
        assertThat(LanguageLevel.gradle("languageVersion = JavaLanguageVersion.of(21)")).contains(21);
    }

    @Test
    void without_a_build_file_it_is_the_oldest_release_the_syntax_allows() {
        assertThat(LanguageLevel.of(tree(FILE, "package com.a;\nclass A { Runnable r = () -> {}; }\n"), FILE)).isEqualTo(8);
        assertThat(LanguageLevel.of(tree(FILE, "package com.a;\nclass A { void m() { var x = 1; } }\n"), FILE)).isEqualTo(10);
        assertThat(LanguageLevel.of(tree(FILE, "package com.a;\nclass A { String s = \"\"\"\n  x\"\"\"; }\n"), FILE)).isEqualTo(15);
        assertThat(LanguageLevel.of(tree(FILE, "package com.a;\nrecord A(int x) {}\n"), FILE)).isEqualTo(17);
        assertThat(LanguageLevel.of(tree(FILE, "package com.a;\nclass A {}\n", "src/main/java/module-info.java", "module a {}\n"), FILE))
                .isEqualTo(9);
    }
}
