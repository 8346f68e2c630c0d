package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.movePackage;
import static dev.consolidator.transform.engine.Steps.runOnce;
import static org.assertj.core.api.Assertions.assertThat;

/** A Java file that does not parse is never skipped without a word: its references could not be rewritten. */
class UnparsableSourcesTest {
    static final String HELPER = "src/main/java/com/a/Helper.java";
    static final String OTHER = "src/main/java/com/a/Other.java";
    static final String BROKEN_USER = "src/main/java/com/b/UsesHelper.java";
    static final String BROKEN_ELSEWHERE = "src/main/java/com/a/Sibling.java";

    static SourceTree tree() {
        return SourceTree.of(Map.of(
                HELPER, "package com.a;\n\npublic class Helper {\n}\n",
                OTHER, "package com.a;\n\npublic class Other {\n    void touch() {\n    }\n}\n",
                BROKEN_USER, "package com.b;\n\nimport com.a.Helper;\n\npublic class UsesHelper {\n    Helper h = ;\n}\n",
                BROKEN_ELSEWHERE, "package com.a;\n\npublic class Sibling {\n    // calls touch()\n    int x = ;\n}\n"));
    }

    @Test
    void a_step_whose_type_is_named_in_an_unparsable_file_is_refused_with_file_line_and_parser_message() {
        PhaseResult result = runOnce(tree(), move("com.a.Helper", "com.c.Helper"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(BROKEN_USER);
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith(BROKEN_USER + " does not parse (line 6: Parse error.")
                    .contains("may refer to Helper");
        });
    }

    @Test
    void a_package_move_is_refused_when_an_unparsable_file_names_the_package() {
        PhaseResult result = runOnce(tree(), movePackage("com.a", "com.c", false));

        assertThat(result.problems()).extracting(p -> p.file()).containsExactlyInAnyOrder(BROKEN_USER, BROKEN_ELSEWHERE);
    }

    /** Sibling may use Other's package-private touch() without naming Other: the access check has to read it. */
    @Test
    void an_unparsable_file_that_does_not_name_the_step_is_a_warning_and_does_not_stop_it() {
        PhaseResult result = runOnce(tree(), move("com.a.Other", "com.c.Other"));

        assertThat(result.hasProblems()).as(result.problems().toString()).isFalse();
        assertThat(result.after().text(BROKEN_USER)).isEqualTo(tree().text(BROKEN_USER));
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo(BROKEN_ELSEWHERE);
            assertThat(w.message()).contains("does not parse (line 5)");
        });
    }

    /** Helper has no package-private member and Sibling does not name it: no check needs Sibling, so none parses it. */
    @Test
    void an_unparsable_file_that_holds_none_of_the_steps_names_is_not_read_at_all() {
        SourceTree broken = SourceTree.of(Map.of(OTHER, tree().text(OTHER), BROKEN_ELSEWHERE, tree().text(BROKEN_ELSEWHERE),
                HELPER, tree().text(HELPER)));

        PhaseResult moved = runOnce(broken, move("com.a.Helper", "com.c.Helper"));

        assertThat(moved.hasProblems()).as(moved.problems().toString()).isFalse();
        assertThat(moved.warnings()).noneSatisfy(w -> assertThat(w.file()).isEqualTo(BROKEN_ELSEWHERE));
        assertThat(moved.after().text(BROKEN_ELSEWHERE)).isEqualTo(tree().text(BROKEN_ELSEWHERE));
    }
}
