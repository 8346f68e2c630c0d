package dev.consolidator.transform.merge;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeForwardingTest.withFile;
import static dev.consolidator.transform.merge.MergeSteps.AT;
import static dev.consolidator.transform.merge.MergeSteps.assertSecondRunChangesNothing;
import static org.assertj.core.api.Assertions.assertThat;

/** The static fields of a members merge's source, in its forwarding class: constants stay constants, mutable fields are named. */
class MergeForwardedFieldsTest {
    static final String LIMITS = "src/main/java/com/acme/batch/Limits.java";
    static final String SETTINGS = "src/main/java/com/acme/progress/Settings.java";
    static final String CLIENT = "client/src/main/java/com/client/OldClient.java";

    static SourceTree project(int release) {
        return tree("pom.xml", "<project><properties><maven.compiler.release>" + release
                + "</maven.compiler.release></properties></project>\n", LIMITS, """
                package com.acme.batch;

                import java.util.Arrays;
                import java.util.List;

                /** Limits of a batch. */
                public class Limits {
                    public static final int MAX = 10;
                    public static final String PREFIX = "batch-", SUFFIX = "-done";
                    public static final List<String> NAMES = Arrays.asList("a", "b");
                    public static final long SIZES[] = {1L, 2L};
                    public static int counter = 0;
                    static final int HIDDEN = 1;

                    public static int max() {
                        return MAX + HIDDEN;
                    }
                }
                """, SETTINGS, """
                package com.acme.progress;

                /** Settings. */
                public class Settings {
                    public static int timeout() {
                        return 5;
                    }
                }
                """);
    }

    static Step.Merge foldLimits() {
        return new Step.Merge(List.of("com.acme.batch.Limits"), "com.acme.progress.Settings", MergeMode.MEMBERS,
                Map.of(), Compatibility.FORWARDING, AT);
    }

    /** A user that has not followed: constants in a case label and an annotation only compile if they stay constants. */
    static final String OLD_CLIENT = """
            package com.client;

            import com.acme.batch.Limits;

            public class OldClient {
                static final int TWICE = Limits.MAX * 2;

                @SuppressWarnings(Limits.PREFIX)
                public static String run() {
                    switch (TWICE / 2) {
                        case Limits.MAX:
                            return Limits.PREFIX + Limits.max() + Limits.SUFFIX + Limits.NAMES + Limits.SIZES.length + TWICE;
                        default:
                            return "not a constant";
                    }
                }
            }
            """;

    @Test
    void final_static_fields_are_forwarded_to_the_targets_fields_and_a_mutable_one_is_named_in_a_warning() {
        SourceTree before = project(8);

        ChangeSet changes = new MergeTransform().apply(before, foldLimits());

        assertThat(changes.problems()).isEmpty();
        assertThat(changes.modified().get(LIMITS)).isEqualTo("""
                package com.acme.batch;

                import java.util.List;

                /**
                 * Merged into {@link com.acme.progress.Settings}.
                 *
                 * @deprecated use {@link com.acme.progress.Settings} instead; this forwarding type will be removed.
                 */
                @Deprecated
                public final class Limits {
                    private Limits() {
                    }

                    /**
                     * @deprecated use {@link com.acme.progress.Settings#MAX}
                     */
                    @Deprecated
                    public static final int MAX = com.acme.progress.Settings.MAX;

                    /**
                     * @deprecated use {@link com.acme.progress.Settings#PREFIX}
                     */
                    @Deprecated
                    public static final String PREFIX = com.acme.progress.Settings.PREFIX;

                    /**
                     * @deprecated use {@link com.acme.progress.Settings#SUFFIX}
                     */
                    @Deprecated
                    public static final String SUFFIX = com.acme.progress.Settings.SUFFIX;

                    /**
                     * @deprecated use {@link com.acme.progress.Settings#NAMES}
                     */
                    @Deprecated
                    public static final List<String> NAMES = com.acme.progress.Settings.NAMES;

                    /**
                     * @deprecated use {@link com.acme.progress.Settings#SIZES}
                     */
                    @Deprecated
                    public static final long[] SIZES = com.acme.progress.Settings.SIZES;

                    /**
                     * @deprecated use {@link com.acme.progress.Settings#max}
                     */
                    @Deprecated
                    public static int max() {
                        return com.acme.progress.Settings.max();
                    }
                }
                """);
        assertThat(changes.warnings()).extracting(Warning::message).contains(
                "forwarding type for com.acme.batch.Limits cannot forward its mutable static field counter (a copy"
                        + " would not follow writes to the merged field); users must change to com.acme.progress.Settings.counter",
                "forwarding type for com.acme.batch.Limits forwards public static methods and final fields only; not"
                        + " forwarded (use com.acme.progress.Settings directly): HIDDEN (a field)");
        assertUntouchedIdentical(before, changes);
        assertSecondRunChangesNothing(before, foldLimits());
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 17})
    void an_old_user_of_the_constants_still_compiles_and_reads_the_targets_values(int release) {
        SourceTree before = project(release);

        SourceTree after = before.apply(new MergeTransform().apply(before, foldLimits()));

        JavaCompilation.Result compiled = JavaCompilation.compile(withFile(after, CLIENT, OLD_CLIENT),
                String.valueOf(release), List.of());
        assertThat(compiled.errors()).isEmpty();
        assertThat(compiled.run("com.client.OldClient")).isEqualTo("batch-11-done[a, b]220");
    }

    @Test
    void through_the_engine_the_step_with_a_mutable_field_stays_valid_and_its_second_run_is_in_place() {
        SourceTree before = project(8);

        var first = MergeSteps.throughEngine(before, foldLimits());
        var second = MergeSteps.throughEngine(first.after(), foldLimits());

        assertThat(first.problems()).isEmpty();
        assertThat(first.warnings()).extracting(Warning::message).anyMatch(w -> w.contains("mutable static field counter"));
        assertThat(second).matches(r -> r.alreadyApplied(), "already applied");
    }
}
