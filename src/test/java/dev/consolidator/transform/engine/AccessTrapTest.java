package dev.consolidator.transform.engine;

import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.runOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Moves that would break same-package access are refused before anything is written, naming file, line and member. */
class AccessTrapTest {
    private static final String HELPER = """
            package com.a;

            public class Helper {
                int hidden() {
                    return 1;
                }

                protected int guarded() {
                    return 2;
                }

                public int open() {
                    return 3;
                }

                static int counter;
            }
            """;

    private static void assertRefused(SourceTree before, PhaseResult result) {
        assertCompiles(before);   // the trap is real: the tree compiles before the move
        assertThat(result.problems()).as("expected the move to be refused").isNotEmpty();
        StepResult step = result.steps().get(0);
        assertThat(step.changes().touchedPaths()).as("a refused step carries no file changes").isEmpty();
        assertEquals(before.files(), result.after().files());
    }

    @Test
    void moved_type_calling_package_private_method_of_a_sibling_left_behind_is_refused() {
        SourceTree before = tree("src/main/java/com/a/Helper.java", HELPER,
                "src/main/java/com/a/Mover.java", """
                        package com.a;

                        public class Mover {
                            int run(Helper helper) {
                                return helper.open()
                                        + helper.hidden();
                            }
                        }
                        """);
        PhaseResult result = runOnce(before, move("com.a.Mover", "com.b.Mover"));
        assertRefused(before, result);
        List<Problem> problems = result.problems();
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertEquals("src/main/java/com/a/Mover.java", p.file());
        assertEquals(6, p.line());
        assertEquals("method com.a.Helper.hidden()", p.symbol());
        assertThat(p.message()).contains("package-private");
    }

    @Test
    void moved_type_using_protected_method_and_package_private_field_is_refused_for_each() {
        SourceTree before = tree("src/main/java/com/a/Helper.java", HELPER,
                "src/main/java/com/a/Mover.java", """
                        package com.a;

                        public class Mover {
                            int run(Helper helper) {
                                Helper.counter++;
                                return helper.guarded();
                            }
                        }
                        """);
        PhaseResult result = runOnce(before, move("com.a.Mover", "com.b.Mover"));
        assertRefused(before, result);
        assertEquals(List.of("field com.a.Helper.counter@5", "method com.a.Helper.guarded()@6"),
                result.problems().stream().map(p -> p.symbol() + "@" + p.line()).sorted().toList());
    }

    @Test
    void moved_type_using_a_package_private_sibling_type_is_refused() {
        SourceTree before = tree("src/main/java/com/a/Secret.java", "package com.a;\n\nclass Secret {\n}\n",
                "src/main/java/com/a/Mover.java", "package com.a;\n\npublic class Mover {\n    Secret secret;\n}\n");
        PhaseResult result = runOnce(before, move("com.a.Mover", "com.b.Mover"));
        assertRefused(before, result);
        assertEquals("com.a.Secret", result.problems().get(0).symbol());
        assertEquals(4, result.problems().get(0).line());
    }

    @Test
    void code_left_behind_using_package_private_members_of_the_moved_type_is_refused() {
        SourceTree before = tree(
                "src/main/java/com/a/Mover.java", """
                        package com.a;

                        public class Mover {
                            Mover() {
                            }

                            public Mover(int x) {
                            }

                            void internal() {
                            }
                        }
                        """,
                "src/main/java/com/a/User.java", """
                        package com.a;

                        class User {
                            void use() {
                                Mover mover = new Mover();
                                mover.internal();
                                new Mover(1);
                            }
                        }
                        """);
        PhaseResult result = runOnce(before, move("com.a.Mover", "com.b.Mover"));
        assertRefused(before, result);
        assertEquals(List.of("constructor com.a.Mover.Mover()@5", "method com.a.Mover.internal()@6"),
                result.problems().stream().map(p -> p.symbol() + "@" + p.line()).sorted().toList());
        assertThat(result.problems()).allMatch(p -> p.file().equals("src/main/java/com/a/User.java"));
    }

    @Test
    void a_package_private_moved_type_used_by_code_left_behind_is_refused() {
        SourceTree before = tree(
                "src/main/java/com/a/Mover.java", "package com.a;\n\nclass Mover {\n}\n",
                "src/main/java/com/a/User.java", "package com.a;\n\nclass User {\n    Mover mover;\n}\n");
        PhaseResult result = runOnce(before, move("com.a.Mover", "com.b.Mover"));
        assertRefused(before, result);
        assertEquals("src/main/java/com/a/User.java:4", result.problems().get(0).file() + ":" + result.problems().get(0).line());
    }

    @Test
    void protected_member_used_through_inheritance_and_public_members_are_fine() {
        SourceTree before = tree("src/main/java/com/a/Helper.java", HELPER,
                "src/main/java/com/a/Mover.java", """
                        package com.a;

                        public class Mover extends Helper {
                            int run() {
                                return guarded() + open();
                            }
                        }
                        """);
        PhaseResult result = Steps.run(before, move("com.a.Mover", "com.b.Mover"));
        assertCompiles(result.after());
    }

    @Test
    void types_moving_together_keep_their_package_private_access() {
        SourceTree before = tree("src/main/java/com/a/Helper.java", HELPER,
                "src/main/java/com/a/Mover.java", "package com.a;\n\npublic class Mover {\n    int run(Helper h) {\n        return h.hidden();\n    }\n}\n");
        PhaseResult result = Steps.run(before, Steps.movePackage("com.a", "com.b", false));
        assertCompiles(result.after());
    }

    @Test
    void a_moved_subclass_calling_package_private_super_constructors_explicitly_or_implicitly_is_refused() {
        SourceTree before = tree(
                "src/main/java/com/a/Base.java", "package com.a;\n\npublic class Base {\n    Base() {\n    }\n\n    Base(int x) {\n    }\n}\n",
                "src/main/java/com/a/Explicit.java", "package com.a;\n\npublic class Explicit extends Base {\n    public Explicit() {\n        super(1);\n    }\n}\n",
                "src/main/java/com/a/Implicit.java", "package com.a;\n\npublic class Implicit extends Base {\n}\n");
        PhaseResult explicit = runOnce(before, move("com.a.Explicit", "com.b.Explicit"));
        assertRefused(before, explicit);
        assertEquals("constructor com.a.Base(int)@5", explicit.problems().get(0).symbol() + "@" + explicit.problems().get(0).line());
        PhaseResult implicit = runOnce(before, move("com.a.Implicit", "com.b.Implicit"));
        assertRefused(before, implicit);
        assertEquals("constructor com.a.Base()@3", implicit.problems().get(0).symbol() + "@" + implicit.problems().get(0).line());
    }

    @Test
    void a_moved_subclass_overriding_a_package_private_method_is_refused_because_it_would_stop_overriding() {
        SourceTree before = tree(
                "src/main/java/com/a/Base.java", "package com.a;\n\npublic class Base {\n    int size() {\n        return 0;\n    }\n}\n",
                "src/main/java/com/a/Sub.java", "package com.a;\n\npublic class Sub extends Base {\n    int size() {\n        return 1;\n    }\n}\n");
        PhaseResult result = runOnce(before, move("com.a.Sub", "com.b.Sub"));
        assertRefused(before, result);
        assertEquals("method com.a.Base.size()@4", result.problems().get(0).symbol() + "@" + result.problems().get(0).line());
        assertThat(result.problems().get(0).message()).contains("would no longer override");
    }
}
