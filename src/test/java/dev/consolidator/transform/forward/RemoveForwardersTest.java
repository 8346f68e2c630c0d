package dev.consolidator.transform.forward;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.dump;
import static dev.consolidator.transform.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code removeForwarders}: an earlier phase's forwarders go once nothing uses them, and not before. */
class RemoveForwardersTest {
    static final String PLAN = ".github/consolidation.yml";
    static final String MODULE = "src/main/java/module-info.java";
    static final String OLD_CODEC = "src/main/java/com/a/Codec.java";
    static final String NEW_CODEC = "src/main/java/com/b/Codec.java";
    static final String CLIENT = "src/main/java/com/c/Client.java";
    static final String LATE = "src/test/java/com/d/LateTest.java";

    private final PhaseEngine engine = new PhaseEngine(new MergeTransform());

    static Step.Move forwardingMove(String type, String to) {
        return new Step.Move(type, to, Compatibility.FORWARDING, new Location(PLAN, 7, 9));
    }

    static Step.RemoveForwarders removal(String phase, Step... forwarding) {
        return new Step.RemoveForwarders(phase, List.of(forwarding), new Location(PLAN, 12, 28), new Location(PLAN, 12, 9));
    }

    static Phase phase(String id, Step... steps) {
        return new Phase(id, id, "", List.of(steps), new Location(PLAN, 4, 5));
    }

    /** A module exporting com.a, whose one class moves to com.b with a forwarder, and a client the move retargets. */
    static SourceTree codecProject() {
        return tree(MODULE, "module shop {\n    exports com.a;\n    opens com.a to java.base;\n    exports com.c;\n}\n",
                OLD_CODEC, """
                        /* Licensed to Acme. */
                        package com.a;

                        public class Codec {
                            public Codec(String name) {
                            }
                        }
                        """,
                CLIENT, """
                        package com.c;

                        import com.a.Codec;

                        public class Client {
                            Codec codec = new Codec("x");
                        }
                        """);
    }

    /** Phase one applied, as the default branch holds it once its PR is merged. */
    SourceTree afterMove(SourceTree before) {
        PhaseResult moved = engine.run(before, phase("codec", forwardingMove("com.a.Codec", "com.b.Codec")));
        assertThat(moved.problems()).isEmpty();
        assertThat(moved.after().text(OLD_CODEC)).contains("@deprecated use {@link com.b.Codec} instead");
        return moved.after();
    }

    @Test
    void removal_is_refused_naming_each_user_while_code_written_since_still_uses_the_old_name() {
        SourceTree merged = afterMove(codecProject());
        SourceTree withLateUser = merged.apply(new dev.consolidator.transform.ChangeBuilder(merged).write(LATE, """
                package com.d;

                import com.a.Codec;

                class LateTest {
                    Codec first = new Codec("a"), second = new com.a.Codec("b");
                    Object third = com.a.Codec.class;
                }
                """).build());

        PhaseResult result = engine.run(withLateUser, phase("cleanup", removal("codec",
                forwardingMove("com.a.Codec", "com.b.Codec"))));

        assertThat(result.hasProblems()).isTrue();
        StepResult step = result.steps().get(0);
        assertThat(step.summary()).isEqualTo("remove the forwarders of phase codec: refused (4 problem(s))");
        assertThat(step.changes().problems()).extracting(Problem::toString).containsExactly(
                PLAN + ":12: the forwarders of phase `codec` are still used in 1 file(s), on 3 line(s) (each use below);"
                        + " change them to the new names first, then run the step again",
                LATE + ":3: still uses com.a.Codec, a forwarder of phase `codec` that this step removes; use com.b.Codec instead",
                LATE + ":6: still uses com.a.Codec, a forwarder of phase `codec` that this step removes; use com.b.Codec instead",
                LATE + ":7: still uses com.a.Codec, a forwarder of phase `codec` that this step removes; use com.b.Codec instead");
        assertThat(step.changes().isEmpty()).isTrue();
    }

    @Test
    void with_no_user_left_the_forwarder_goes_and_so_do_the_exports_of_its_emptied_package() {
        SourceTree merged = afterMove(codecProject());
        Step.RemoveForwarders step = removal("codec", forwardingMove("com.a.Codec", "com.b.Codec"));

        PhaseResult result = engine.run(merged, phase("cleanup", step));

        assertThat(result.problems()).isEmpty();
        assertThat(result.steps().get(0).changes().deleted()).containsExactly(OLD_CODEC);
        assertThat(merged.text(MODULE)).isEqualTo("module shop {\n    exports com.a;\n    exports com.b;\n"
                + "    opens com.a to java.base;\n    opens com.b to java.base;\n    exports com.c;\n}\n");
        assertThat(result.after().text(MODULE))
                .isEqualTo("module shop {\n    exports com.b;\n    opens com.b to java.base;\n    exports com.c;\n}\n");
        assertUntouchedIdentical(merged, result.steps().get(0).changes());
        assertThat(JavaCompilation.compile(result.after(), "8", List.of()).errors()).as(() -> dump(result.after())).isEmpty();
        PhaseResult again = engine.run(result.after(), phase("cleanup", step));
        assertThat(again.problems()).isEmpty();
        assertThat(again.alreadyApplied()).isTrue();
        assertThat(again.after().files()).isEqualTo(result.after().files());
        assertThat(again.warnings()).extracting(Warning::message)
                .containsExactly("phase `codec` has no forwarders left: nothing to remove (already removed)");
    }
}
