package dev.consolidator.transform.retarget;

import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TypeRetargeterTest {
    private final TypeRetargeter retargeter = new TypeRetargeter();

    private static final String OLD = """
            package com.a;

            public class Old {
                public static final int LIMIT = 3;
                public static int twice(int x) { return 2 * x; }
                public static class Inner {
                }
            }
            """;

    /** Runs the retargeting, checks untouched files and that a second run changes nothing, returns the new tree. */
    private SourceTree retarget(SourceTree before, Map<String, String> oldToNew) {
        ChangeSet changes = retargeter.retarget(before, oldToNew);
        assertThat(changes.problems()).as(() -> changes.problems().toString()).isEmpty();
        assertUntouchedIdentical(before, changes);
        SourceTree after = before.apply(changes);
        ChangeSet again = retargeter.retarget(after, oldToNew);
        assertThat(again.touchedPaths()).as("files a second run changes").isEmpty();
        return after;
    }

    @Test
    void single_type_import_follows_the_type_and_simple_names_follow_a_rename() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import com.a.Old; // the old one
                        import java.util.List;

                        class User {
                            Old field = new Old();
                            List<Old> all;
                            int n = Old.LIMIT + Old.twice(2);
                        }
                        """,
                "src/main/java/com/c/Bystander.java", """
                        package com.c;

                        class Bystander { String old = "Old"; }
                        """);
        SourceTree after = retarget(before, Map.of("com.a.Old", "com.b.Fresh"));
        assertEquals("""
                package com.c;

                import com.b.Fresh; // the old one
                import java.util.List;

                class User {
                    Fresh field = new Fresh();
                    List<Fresh> all;
                    int n = Fresh.LIMIT + Fresh.twice(2);
                }
                """, after.text("src/main/java/com/c/User.java"));
    }

    @Test
    void same_package_user_without_import_gets_one_and_records_it() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/Sibling.java", """
                        package com.a;

                        class Sibling {
                            Old old;
                        }
                        """);
        ChangeSet changes = retargeter.retarget(before, Map.of("com.a.Old", "com.b.Old"));
        assertEquals("""
                package com.a;

                import com.b.Old;

                class Sibling {
                    Old old;
                }
                """, before.apply(changes).text("src/main/java/com/a/Sibling.java"));
        assertThat(changes.importChanges())
                .contains(new ImportChange("src/main/java/com/a/Sibling.java", null, "com.b.Old"));
        retarget(before, Map.of("com.a.Old", "com.b.Old"));
    }

    @Test
    void wildcard_user_gets_an_import_a_wildcard_follows_a_whole_package_and_goes_when_its_package_scatters() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/Stays.java", "package com.a;\n\npublic class Stays {}\n",
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import com.a.*;
                        import java.util.*;

                        class User {
                            Old old;
                            Stays stays;
                            List<String> names;
                        }
                        """);
        assertEquals("""
                package com.c;

                import com.a.*;
                import com.b.Old;
                import java.util.*;

                class User {
                    Old old;
                    Stays stays;
                    List<String> names;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Old")).text("src/main/java/com/c/User.java"));
        assertEquals("""
                package com.c;

                import com.b.*;
                import java.util.*;

                class User {
                    Old old;
                    Stays stays;
                    List<String> names;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Old", "com.a.Stays", "com.b.Stays"))
                .text("src/main/java/com/c/User.java"));
        assertEquals("""
                package com.c;

                import com.b.Old;
                import com.d.Stays;
                import java.util.*;

                class User {
                    Old old;
                    Stays stays;
                    List<String> names;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Old", "com.a.Stays", "com.d.Stays"))
                .text("src/main/java/com/c/User.java"));
    }

    @Test
    void static_imports_single_and_on_demand_follow_the_type() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import static com.a.Old.LIMIT;
                        import static com.a.Old.*;

                        class User {
                            int n = LIMIT + twice(1);
                        }
                        """);
        ChangeSet changes = retargeter.retarget(before, Map.of("com.a.Old", "com.b.Fresh"));
        assertEquals("""
                package com.c;

                import static com.b.Fresh.LIMIT;
                import static com.b.Fresh.*;

                class User {
                    int n = LIMIT + twice(1);
                }
                """, before.apply(changes).text("src/main/java/com/c/User.java"));
        assertThat(changes.importChanges()).contains(new ImportChange("src/main/java/com/c/User.java",
                "static com.a.Old.*", "static com.b.Fresh.*"));
        retarget(before, Map.of("com.a.Old", "com.b.Fresh"));
    }

    @Test
    void fully_qualified_names_in_code_and_annotations_stay_qualified() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/Marker.java", "package com.a;\n\npublic @interface Marker {}\n",
                "src/main/java/com/c/User.java", """
                        package com.c;

                        @com.a.Marker
                        class User {
                            com.a.Old old = new com.a.Old();
                            int n = com.a.Old.twice(com.a.Old.LIMIT);
                            com.a.Old.Inner inner;
                        }
                        """);
        assertEquals("""
                package com.c;

                @com.b.Tag
                class User {
                    com.b.Fresh old = new com.b.Fresh();
                    int n = com.b.Fresh.twice(com.b.Fresh.LIMIT);
                    com.b.Fresh.Inner inner;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Fresh", "com.a.Marker", "com.b.Tag"))
                .text("src/main/java/com/c/User.java"));
    }

    @Test
    void nested_type_references_and_imports_follow_their_outer_type() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import com.a.Old;
                        import com.a.Old.Inner;

                        class User {
                            Old.Inner a;
                            Inner b;
                        }
                        """);
        assertEquals("""
                package com.c;

                import com.b.Fresh;
                import com.b.Fresh.Inner;

                class User {
                    Fresh.Inner a;
                    Inner b;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Fresh")).text("src/main/java/com/c/User.java"));
    }

    @Test
    void javadoc_links_see_and_throws_are_rewritten() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/OldException.java", "package com.a;\n\npublic class OldException extends RuntimeException {}\n",
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import com.a.Old;
                        import com.a.OldException;

                        /**
                         * Uses {@link Old}, {@linkplain Old#twice(int) twice} and {@link com.a.Old.Inner}.
                         * @see Old
                         */
                        class User {
                            /** @throws OldException never */
                            void run() throws OldException { }
                        }
                        """);
        assertEquals("""
                package com.c;

                import com.b.Fresh;
                import com.b.FreshException;

                /**
                 * Uses {@link Fresh}, {@linkplain Fresh#twice(int) twice} and {@link com.b.Fresh.Inner}.
                 * @see Fresh
                 */
                class User {
                    /** @throws FreshException never */
                    void run() throws FreshException { }
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Fresh", "com.a.OldException", "com.b.FreshException"))
                .text("src/main/java/com/c/User.java"));
    }

    @Test
    void a_new_import_that_would_clash_becomes_a_qualified_name() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import com.a.Old;
                        import java.util.List;

                        class User {
                            Old old;
                            List<String> names;
                        }
                        """);
        assertEquals("""
                package com.c;

                import java.util.List;

                class User {
                    com.b.List old;
                    List<String> names;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.List")).text("src/main/java/com/c/User.java"));
    }

    @Test
    void a_type_that_would_shadow_java_lang_is_qualified_and_java_lang_is_never_imported() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/Other.java", "package com.a;\n\npublic class Other {}\n",
                "src/main/java/com/a/User.java", """
                        package com.a;

                        class User {
                            Old old;
                            Other other;
                        }
                        """);
        assertEquals("""
                package com.a;

                class User {
                    com.b.String old;
                    Object other;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.String", "com.a.Other", "java.lang.Object"))
                .text("src/main/java/com/a/User.java"));
    }

    @Test
    void import_that_becomes_same_package_is_removed() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/b/User.java", """
                        package com.b;

                        import com.a.Old;

                        class User {
                            Old old;
                        }
                        """);
        assertEquals("""
                package com.b;

                class User {
                    Old old;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Old")).text("src/main/java/com/b/User.java"));
    }

    @Test
    void a_nested_new_name_is_spelled_through_its_outer_type_which_is_imported() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/b/Target.java", "package com.b;\n\npublic class Target {\n}\n",
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import com.a.Old;

                        class User {
                            Old old = new Old();
                            Old.Inner inner;
                        }
                        """,
                "src/main/java/com/a/Sibling.java", """
                        package com.a;

                        class Sibling {
                            Old old;
                        }
                        """);
        SourceTree after = retarget(before, Map.of("com.a.Old", "com.b.Target.Old"));
        assertEquals("""
                package com.c;

                import com.b.Target;

                class User {
                    Target.Old old = new Target.Old();
                    Target.Old.Inner inner;
                }
                """, after.text("src/main/java/com/c/User.java"));
        assertEquals("""
                package com.a;

                import com.b.Target;

                class Sibling {
                    Target.Old old;
                }
                """, after.text("src/main/java/com/a/Sibling.java"));
    }

    @Test
    void members_variant_points_references_at_an_existing_target() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/b/Target.java", "package com.b;\n\npublic class Target {\n}\n",
                "src/main/java/com/c/User.java", """
                        package com.c;

                        import com.a.Old;
                        import com.b.Target;

                        class User {
                            int n = Old.twice(1);
                            Target t;
                        }
                        """);
        assertEquals("""
                package com.c;

                import com.b.Target;

                class User {
                    int n = Target.twice(1);
                    Target t;
                }
                """, retarget(before, Map.of("com.a.Old", "com.b.Target")).text("src/main/java/com/c/User.java"));
    }

    @Test
    void a_file_with_no_imports_gets_a_block_after_its_package() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/User.java", "package com.a;\n\n/** Doc. */\nclass User {\n    Old old;\n}\n");
        assertEquals("package com.a;\n\nimport com.b.Old;\n\n/** Doc. */\nclass User {\n    Old old;\n}\n",
                retarget(before, Map.of("com.a.Old", "com.b.Old")).text("src/main/java/com/a/User.java"));
    }

    @Test
    void removing_the_last_import_takes_its_blank_line_and_keeps_the_javadoc() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/b/User.java", "package com.b;\n\nimport com.a.Old;\n\n/** Doc. */\nclass User {\n    Old old;\n}\n");
        assertEquals("package com.b;\n\n/** Doc. */\nclass User {\n    Old old;\n}\n",
                retarget(before, Map.of("com.a.Old", "com.b.Old")).text("src/main/java/com/b/User.java"));
    }

    @Test
    void old_types_already_removed_from_the_tree_still_resolve_through_the_map() {
        SourceTree before = tree(
                "src/main/java/com/b/Target.java", "package com.b;\n\npublic class Target {\n}\n",
                "src/main/java/com/a/Sibling.java", "package com.a;\n\nclass Sibling {\n    Old old;\n}\n",
                "src/main/java/com/c/User.java", "package com.c;\n\nimport com.a.*;\n\nclass User {\n    Old old;\n}\n");
        SourceTree after = retarget(before, Map.of("com.a.Old", "com.b.Target"));
        assertEquals("package com.a;\n\nimport com.b.Target;\n\nclass Sibling {\n    Target old;\n}\n",
                after.text("src/main/java/com/a/Sibling.java"));
        assertEquals("package com.c;\n\nimport com.a.*;\nimport com.b.Target;\n\nclass User {\n    Target old;\n}\n",
                after.text("src/main/java/com/c/User.java"), "com.a still has Sibling, so its wildcard stays");
    }

    @Test
    void a_wildcard_of_a_package_whose_only_types_were_removed_and_retargeted_goes() {
        SourceTree before = tree(
                "src/main/java/com/b/Target.java", "package com.b;\n\npublic class Target {\n}\n",
                "src/main/java/com/c/User.java", "package com.c;\n\nimport com.a.*;\n\nclass User {\n    Old old;\n    Other other;\n}\n");
        SourceTree after = retarget(before, Map.of("com.a.Old", "com.b.Target.Old", "com.a.Other", "com.b.Target.Other"));
        assertEquals("package com.c;\n\nimport com.b.Target;\n\nclass User {\n    Target.Old old;\n    Target.Other other;\n}\n",
                after.text("src/main/java/com/c/User.java"));
    }

    @Test
    void an_import_that_would_shadow_a_jdk_type_from_an_on_demand_import_becomes_a_qualified_name() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/User.java", "package com.a;\n\nimport java.util.*;\n\nclass User {\n    Old old;\n    List<String> names;\n}\n");
        assertEquals("package com.a;\n\nimport java.util.*;\n\nclass User {\n    com.b.List old;\n    List<String> names;\n}\n",
                retarget(before, Map.of("com.a.Old", "com.b.List")).text("src/main/java/com/a/User.java"));
    }

    @Test
    void tabs_crlf_and_unicode_keep_splices_exact() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/a/User.java", "package com.a;\r\n\r\n/** Größe. */\r\nclass User {\r\n\t\tOld\told = new Old(); // ünïcode ✓\r\n\tString s = \"\uD83D\uDE00\"; Old o2;\r\n}\r\n");
        assertEquals("package com.a;\r\n\r\nimport com.b.Fresh;\r\n\r\n/** Größe. */\r\nclass User {\r\n\t\tFresh\told = new Fresh(); // ünïcode ✓\r\n\tString s = \"\uD83D\uDE00\"; Fresh o2;\r\n}\r\n",
                retarget(before, Map.of("com.a.Old", "com.b.Fresh")).text("src/main/java/com/a/User.java"));
    }

    @Test
    void a_statically_imported_nested_type_that_becomes_top_level_gets_a_plain_import() {
        SourceTree before = tree("src/main/java/com/a/Old.java", OLD,
                "src/main/java/com/c/User.java", "package com.c;\n\nimport static com.a.Old.Inner;\n\nclass User {\n    Inner inner;\n}\n");
        assertEquals("package com.c;\n\nimport com.b.Inner;\n\nclass User {\n    Inner inner;\n}\n",
                retarget(before, Map.of("com.a.Old.Inner", "com.b.Inner")).text("src/main/java/com/c/User.java"));
    }
}
