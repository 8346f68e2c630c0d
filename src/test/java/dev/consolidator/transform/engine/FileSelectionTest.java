package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.run;
import static dev.consolidator.transform.engine.Steps.runOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine reads only the files that can matter to a step (a text scan for its names decides, before any parse).
 * Every way a file can use a moved type without spelling its import is still found, and so is every way a file can
 * lose same-package access without naming the moved type; a file that names nothing of the step is not even parsed.
 */
class FileSelectionTest {
    private static final String HELPER = "src/main/java/com/a/Helper.java";

    private static final String HELPER_TEXT = """
            package com.a;

            public class Helper {
                public static final int LIMIT = 3;

                public static Helper make() {
                    return new Helper();
                }

                public static class /* nested */ Inner {
                }
            }
            """;

    @Test
    void every_kind_of_use_is_rewritten_and_a_file_naming_nothing_is_not_parsed() {
        SourceTree before = tree(HELPER, HELPER_TEXT,
                "src/main/java/com/a/Same.java", """
                        package com.a;

                        class Same {
                            Helper helper = Helper.make();
                        }
                        """,
                "src/main/java/com/b/Wildcard.java", """
                        package com.b;

                        import com.a.*;

                        class Wildcard {
                            Helper helper;
                        }
                        """,
                "src/main/java/com/b/Qualified.java", """
                        package com.b;

                        class Qualified {
                            Object helper = com.a.Helper.make();
                        }
                        """,
                "src/main/java/com/b/StaticUse.java", """
                        package com.b;

                        import static com.a.Helper.LIMIT;

                        class StaticUse {
                            int limit = LIMIT;
                        }
                        """,
                "src/main/java/com/b/NestedUse.java", """
                        package com.b;

                        import com.a.Helper.Inner;

                        class NestedUse {
                            Inner inner;
                        }
                        """,
                "src/main/java/com/a/Unrelated.java", """
                        package com.a;

                        class Unrelated {
                            int helper = ;
                        }
                        """);

        PhaseResult result = run(before, move("com.a.Helper", "com.c.Helper"));

        SourceTree after = result.after();
        assertThat(after.text("src/main/java/com/a/Same.java")).contains("import com.c.Helper;");
        assertThat(after.text("src/main/java/com/b/Wildcard.java")).contains("import com.c.Helper;");
        assertThat(after.text("src/main/java/com/b/Qualified.java")).contains("com.c.Helper.make()").doesNotContain("com.a");
        assertThat(after.text("src/main/java/com/b/StaticUse.java")).contains("import static com.c.Helper.LIMIT;");
        assertThat(after.text("src/main/java/com/b/NestedUse.java")).contains("import com.c.Helper.Inner;");
        assertThat(after.text("src/main/java/com/a/Unrelated.java")).isEqualTo(before.text("src/main/java/com/a/Unrelated.java"));
        // it does not parse, and no warning says so: though in the old package, nothing parsed it
        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w.file()).endsWith("Unrelated.java"));
    }

    @Test
    void a_staying_file_that_reaches_a_package_private_member_of_the_moved_type_without_naming_it_is_refused() {
        SourceTree before = tree(HELPER, """
                        package com.a;

                        public class Helper {
                            int hidden() {
                                return 1;
                            }
                        }
                        """,
                "src/main/java/com/a/Factory.java", """
                        package com.a;

                        public class Factory {
                            public static Helper make() {
                                return new Helper();
                            }
                        }
                        """,
                "src/main/java/com/a/User.java", """
                        package com.a;

                        class User {
                            int use() {
                                return Factory.make().hidden();
                            }
                        }
                        """);
        assertCompiles(before);

        PhaseResult result = runOnce(before, move("com.a.Helper", "com.c.Helper"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("src/main/java/com/a/User.java");
            assertThat(p.symbol()).isEqualTo("method com.a.Helper.hidden()");
        });
    }

    @Test
    void a_moved_type_using_what_it_inherits_or_imports_statically_from_its_old_package_is_refused() {
        SourceTree before = tree(HELPER, """
                        package com.a;

                        import static com.a.Util.twice;

                        public class Helper extends Base {
                            int run() {
                                bump();
                                return twice(count);
                            }
                        }
                        """,
                "src/main/java/com/a/Base.java", """
                        package com.a;

                        public class Base {
                            int count;

                            void bump() {
                                count++;
                            }
                        }
                        """,
                "src/main/java/com/a/Util.java", """
                        package com.a;

                        public class Util {
                            static int twice(int n) {
                                return 2 * n;
                            }
                        }
                        """);
        assertCompiles(before);

        PhaseResult result = runOnce(before, move("com.a.Helper", "com.c.Helper"));

        assertThat(result.problems()).extracting(p -> p.symbol()).contains("method com.a.Base.bump()",
                "field com.a.Base.count", "method com.a.Util.twice(int)");
        assertThat(result.after().files()).isEqualTo(before.files());
    }
}
