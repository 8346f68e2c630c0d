package dev.consolidator.transform.merge;

import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeSteps.members;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The imports moved code needs come along: used ones only, no java.lang, no same-package, and clashes qualified. */
class CarriedImportsTest {
    static final String FORMATS = "src/main/java/com/acme/text/Formats.java";
    static final String WIDGETS = "src/main/java/com/acme/ui/Widgets.java";
    static final String LABEL = "src/main/java/com/acme/text/Label.java";
    static final String BUTTON = "src/main/java/com/acme/ui/Button.java";

    static SourceTree project() {
        return tree(FORMATS, """
                package com.acme.text;

                import static java.util.stream.Collectors.joining;

                import com.acme.ui.Button;
                import java.lang.String;
                import java.util.List;
                import java.util.Set;
                import java.util.concurrent.*;

                public class Formats {
                    public static String join(List<String> parts) {
                        return parts.stream().collect(joining(", "));
                    }

                    public static Label label(Button button) {
                        return new Label(button.text());
                    }

                    public static Callable<String> later(String s) {
                        return () -> s;
                    }
                }
                """, LABEL, """
                package com.acme.text;

                public record Label(String text) {
                }
                """, BUTTON, """
                package com.acme.ui;

                public record Button(String text) {
                }
                """, WIDGETS, """
                package com.acme.ui;

                import java.awt.List;

                public class Widgets {
                    public static List menu() {
                        return new List(3);
                    }
                }
                """);
    }

    @Test
    void used_imports_come_along_and_a_clashing_simple_name_is_qualified_instead() {
        SourceTree before = project();

        ChangeSet changes = new MergeTransform().apply(before,
                members(List.of("com.acme.text.Formats"), "com.acme.ui.Widgets", Map.of()));

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                package com.acme.ui;

                import static java.util.stream.Collectors.joining;

                import com.acme.text.Label;
                import java.awt.List;
                import java.util.concurrent.*;

                public class Widgets {
                    public static List menu() {
                        return new List(3);
                    }

                    public static String join(java.util.List<String> parts) {
                        return parts.stream().collect(joining(", "));
                    }

                    public static Label label(Button button) {
                        return new Label(button.text());
                    }

                    public static Callable<String> later(String s) {
                        return () -> s;
                    }
                }
                """, changes.modified().get(WIDGETS));
        assertThat(changes.importChanges()).as(changes.importChanges()::toString)
                .contains(new ImportChange(WIDGETS, null, "com.acme.text.Label"));
        assertThat(changes.importChanges()).as(changes.importChanges()::toString)
                .contains(new ImportChange(WIDGETS, null, "static java.util.stream.Collectors.joining"));
        assertUntouchedIdentical(before, changes);
        SourceTree after = before.apply(changes);
        assertCompiles(after);
        assertThat(new MergeTransform().apply(after, members(List.of("com.acme.text.Formats"), "com.acme.ui.Widgets", Map.of())).touchedPaths())
                .as("files a second run changes").isEmpty();
    }

    @Test
    void code_moved_from_a_crlf_file_into_an_lf_file_takes_lf_line_endings() {
        SourceTree before = tree(FORMATS, """
                package com.acme.text;

                public class Formats {
                    /** Doc. */
                    public static String upper(String s) {
                        return s.toUpperCase();
                    }
                }
                """.replace("\n", "\r\n"), WIDGETS, """
                package com.acme.ui;

                public class Widgets {
                }
                """);

        ChangeSet changes = new MergeTransform().apply(before, members(List.of("com.acme.text.Formats"), "com.acme.ui.Widgets", Map.of()));

        assertEquals("""
                package com.acme.ui;

                public class Widgets {
                    /** Doc. */
                    public static String upper(String s) {
                        return s.toUpperCase();
                    }
                }
                """, changes.modified().get(WIDGETS));
        assertUntouchedIdentical(before, changes);
        MergeSteps.assertSecondRunChangesNothing(before, members(List.of("com.acme.text.Formats"), "com.acme.ui.Widgets", Map.of()));
    }
}
