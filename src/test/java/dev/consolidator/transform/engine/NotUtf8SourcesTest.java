package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.run;
import static dev.consolidator.transform.engine.Steps.runOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Java files that are not UTF-8 (read as ISO-8859-1, as in older Apache projects) are read, so their references
 * count, and never written: a step that would have to rewrite one is refused, naming the file.
 */
class NotUtf8SourcesTest {
    static final String HELPER = "src/main/java/com/a/Helper.java";
    static final String ENTITIES = "src/main/java/com/a/text/EntityArrays.java";
    static final String UNRELATED = "src/main/java/com/a/Other.java";

    static SourceTree tree() {
        return SourceTree.of(Map.of(
                HELPER, "package com.a;\n\npublic class Helper {\n}\n",
                UNRELATED, "package com.a;\n\npublic class Other {\n}\n",
                ENTITIES, "package com.a.text;\n\nimport com.a.Helper;\n\n/** \u00c5 - uppercase A, ring */\n"
                        + "public class EntityArrays {\n    Helper helper;\n}\n"), Set.of(ENTITIES));
    }

    @Test
    void a_step_that_must_rewrite_a_file_that_is_not_utf8_is_refused_naming_the_file() {
        PhaseResult result = runOnce(tree(), move("com.a.Helper", "com.a.util.Helper"));

        assertEquals(List.of(ENTITIES), result.problems().stream().map(p -> p.file()).toList());
        assertEquals(ENTITIES + " is not UTF-8 (read as ISO-8859-1), and this step has to rewrite it: convert it to"
                + " UTF-8 first (iconv -f ISO-8859-1 -t UTF-8, and set the build's source encoding to UTF-8), then run"
                + " the step again", result.problems().get(0).message());
    }

    @Test
    void a_step_that_leaves_it_alone_runs_and_never_touches_it() {
        PhaseResult result = run(tree(), move("com.a.Other", "com.a.util.Other"));

        assertThat(result.problems()).isEmpty();
        assertEquals(tree().text(ENTITIES), result.after().text(ENTITIES));
        assertEquals(Set.of(ENTITIES), result.after().readOnly());
    }
}
