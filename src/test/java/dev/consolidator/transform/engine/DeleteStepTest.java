package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.delete;
import static dev.consolidator.transform.engine.Steps.run;
import static dev.consolidator.transform.engine.Steps.runOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeleteStepTest {
    private static final String OLD_HELPER = "package com.a;\n\npublic class OldHelper {\n    static int x;\n}\n";

    @Test
    void an_unreferenced_type_is_deleted_and_mapped_as_deleted() {
        SourceTree before = tree("src/main/java/com/a/OldHelper.java", OLD_HELPER,
                "src/main/java/com/a/Keep.java", "package com.a;\n\npublic class Keep {\n}\n",
                "docs/notes.md", "We used com.a.OldHelper once.\n",
                Steps.PLAN, "phases:\n  - id: p\n    steps:\n      - delete: {types: [com.a.OldHelper]}\n");
        PhaseResult result = run(before, delete("com.a.OldHelper"));
        assertThat(result.after().paths()).doesNotContain("src/main/java/com/a/OldHelper.java");
        assertEquals(List.of(new TypeMapping(TypeMapping.Kind.DELETED, "com.a.OldHelper",
                "src/main/java/com/a/OldHelper.java", null, null)), result.mappings());
        assertEquals(List.of("docs/notes.md:1"), result.warnings().stream().map(w -> w.file() + ":" + w.line()).toList(),
                "the plan names the type on purpose");
        assertEquals(1, result.metrics().javaFilesBefore() - result.metrics().javaFilesAfter());
        assertCompiles(result.after());
    }

    @Test
    void a_type_still_referenced_is_refused_with_every_reference_listed() {
        SourceTree before = tree("src/main/java/com/a/OldHelper.java", OLD_HELPER,
                "src/main/java/com/a/SamePackage.java", "package com.a;\n\nclass SamePackage {\n    int y = OldHelper.x;\n}\n",
                "src/main/java/com/c/Importer.java", "package com.c;\n\nimport com.a.OldHelper;\n\nclass Importer {\n    /** {@link OldHelper} */\n    OldHelper h;\n}\n");
        PhaseResult result = runOnce(before, delete("com.a.OldHelper"));
        assertThat(result.problems()).as("the delete is refused").isNotEmpty();
        assertEquals(List.of("src/main/java/com/a/SamePackage.java:4", "src/main/java/com/c/Importer.java:3",
                        "src/main/java/com/c/Importer.java:6", "src/main/java/com/c/Importer.java:7"),
                result.problems().stream().map(p -> p.file() + ":" + p.line()).toList());
        assertThat(result.problems().get(0).message()).contains("com.a.OldHelper");
        assertEquals(before.files(), result.after().files());
    }

    @Test
    void types_deleted_together_may_refer_to_each_other() {
        SourceTree before = tree("src/main/java/com/a/OldHelper.java", OLD_HELPER,
                "src/main/java/com/a/OldUser.java", "package com.a;\n\nclass OldUser {\n    OldHelper h;\n}\n");
        assertThat(run(before, delete("com.a.OldHelper", "com.a.OldUser")).after().paths()).isEmpty();
    }

    @Test
    void a_service_registration_blocks_the_delete() {
        SourceTree before = tree("src/main/java/com/a/OldHelper.java", OLD_HELPER,
                "src/main/resources/META-INF/services/java.lang.Runnable", "# runners\ncom.a.OldHelper\n");
        PhaseResult result = runOnce(before, delete("com.a.OldHelper"));
        assertEquals("src/main/resources/META-INF/services/java.lang.Runnable:2",
                result.problems().get(0).file() + ":" + result.problems().get(0).line());
    }

    @Test
    void deleting_the_last_type_of_an_exported_package_drops_its_module_directives() {
        SourceTree before = tree("src/main/java/module-info.java", """
                module com.a {
                    exports com.a;
                    exports com.a.old;
                    opens com.a.old to com.fasterxml.jackson.databind;
                }
                """, "src/main/java/com/a/old/OldHelper.java", "package com.a.old;\n\npublic class OldHelper {\n}\n",
                "src/main/java/com/a/Keep.java", "package com.a;\n\npublic class Keep {\n}\n");

        PhaseResult result = run(before, delete("com.a.old.OldHelper"));

        assertEquals(List.of(), result.problems());
        assertEquals("""
                module com.a {
                    exports com.a;
                }
                """, result.after().text("src/main/java/module-info.java"));
        assertCompiles(result.after());
    }
}
