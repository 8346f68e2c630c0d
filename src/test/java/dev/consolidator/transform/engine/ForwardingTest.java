package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.forwardingMove;
import static dev.consolidator.transform.engine.Steps.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ForwardingTest {
    @Test
    void a_moved_class_leaves_a_deprecated_subclass_with_forwarding_constructors_and_references_still_move() {
        SourceTree before = tree(
                "src/main/java/com/a/Stats.java", """
                        package com.a;

                        import java.util.List;

                        public class Stats<T extends Comparable<T>> {
                            public Stats() {
                            }

                            protected Stats(List<T> values, String... labels) throws Exception {
                            }

                            private Stats(int hidden) {
                            }
                        }
                        """,
                "src/main/java/com/c/User.java", "package com.c;\n\nimport com.a.Stats;\n\nclass User {\n    Stats<String> stats = new Stats<>();\n}\n",
                "src/test/java/com/c/LegacyClient.java", "package com.c;\n\nclass LegacyClient {\n    Object o = new com.a.Stats<Integer>();\n}\n");
        PhaseResult result = run(before, forwardingMove("com.a.Stats", "com.b.Stats"));
        SourceTree after = result.after();
        // no build file says the release and nothing in the sources needs more than Java 8: no forRemoval
        assertEquals("""
                package com.a;

                import java.util.List;

                /**
                 * Moved to {@link com.b.Stats}.
                 *
                 * @deprecated use {@link com.b.Stats} instead; this forwarding type will be removed.
                 */
                @Deprecated
                public class Stats<T extends Comparable<T>> extends com.b.Stats<T> {
                    public Stats() {
                        super();
                    }

                    protected Stats(List<T> values, String... labels) throws Exception {
                        super(values, labels);
                    }
                }
                """, after.text("src/main/java/com/a/Stats.java"));
        assertThat(after.text("src/main/java/com/c/User.java")).contains("import com.b.Stats;");
        assertThat(after.text("src/test/java/com/c/LegacyClient.java")).contains("new com.b.Stats<Integer>()");
        assertThat(after.paths()).contains("src/main/java/com/b/Stats.java");
        assertCompiles(after);
        // an old client compiled against the old name still compiles against the forwarder
        assertCompiles(after.apply(new dev.consolidator.transform.ChangeBuilder(after)
                .write("src/main/java/com/z/Old.java", "package com.z;\n\nclass Old {\n    com.a.Stats<String> s = new com.a.Stats<>();\n}\n").build()));
    }

    @Test
    void an_interface_is_forwarded_by_extension() {
        SourceTree before = tree("src/main/java/com/a/Sink.java", "package com.a;\n\npublic interface Sink<T> {\n    void accept(T t);\n}\n");
        SourceTree after = run(before, forwardingMove("com.a.Sink", "com.b.Drain")).after();
        assertThat(after.text("src/main/java/com/a/Sink.java"))
                .contains("public interface Sink<T> extends com.b.Drain<T> {");
        assertCompiles(after);
    }

    @Test
    void final_classes_enums_and_records_cannot_be_forwarded_and_the_result_says_why() {
        for (String[] c : new String[][]{
                {"public final class Fixed {\n}\n", "final class"},
                {"public enum Fixed { A }\n", "an enum"},
                {"public record Fixed(int x) {\n}\n", "a record"},
                {"public @interface Fixed {\n}\n", "an annotation type"}}) {
            SourceTree before = tree("src/main/java/com/a/Fixed.java", "package com.a;\n\n" + c[0]);
            PhaseResult result = run(before, forwardingMove("com.a.Fixed", "com.b.Fixed"));
            assertThat(result.after().paths()).doesNotContain("src/main/java/com/a/Fixed.java");
            assertThat(result.warnings()).hasSize(1);
            assertThat(result.warnings().get(0).message()).contains(c[1]);
            assertEquals("src/main/java/com/a/Fixed.java", result.warnings().get(0).file());
        }
    }
}
