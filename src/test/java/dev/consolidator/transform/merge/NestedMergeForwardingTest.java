package dev.consolidator.transform.merge;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeForwardingTest.withFile;
import static dev.consolidator.transform.merge.MergeSteps.AT;
import static dev.consolidator.transform.merge.MergeSteps.assertSecondRunChangesNothing;
import static org.assertj.core.api.Assertions.assertThat;

/** Nested merges with {@code compatibility: forwarding}: a subtype of the new nested type where Java allows one. */
class NestedMergeForwardingTest {
    static final String STAGE = "src/main/java/com/acme/batch/Stage.java";
    static final String LISTENER = "src/main/java/com/acme/batch/Listener.java";
    static final String PIPELINE = "src/main/java/com/acme/flow/Pipeline.java";
    static final String OTHER = "src/main/java/com/acme/web/Page.java";

    static SourceTree project() {
        return tree(STAGE, """
                // Copyright Acme. SPDX-License-Identifier: Apache-2.0
                package com.acme.batch;

                import java.util.Locale;

                /** One stage of a batch. */
                public class Stage {
                    private final String name;

                    public Stage(String name) {
                        this.name = name.toLowerCase(Locale.ROOT);
                    }

                    protected Stage() {
                        this("unnamed");
                    }

                    public String name() {
                        return name;
                    }
                }
                """, LISTENER, """
                package com.acme.batch;

                public interface Listener {
                    void done(String stage);
                }
                """, PIPELINE, """
                package com.acme.flow;

                /** Runs stages. */
                public class Pipeline {
                    public static int size() {
                        return 0;
                    }
                }
                """, OTHER, """
                package com.acme.web;

                public class Page {
                }
                """);
    }

    static Step.Merge nestInPipeline(String... types) {
        return new Step.Merge(List.of(types), "com.acme.flow.Pipeline", MergeMode.NESTED, Map.of(), Compatibility.FORWARDING, AT);
    }

    static final String OLD_CLIENT = """
            package com.client;

            import com.acme.batch.Listener;
            import com.acme.batch.Stage;

            public class OldClient {
                public static String run() {
                    Stage stage = new Stage("Load");
                    Listener listener = s -> { };
                    listener.done(stage.name());
                    return stage.name();
                }
            }
            """;

    @Test
    void nested_merge_leaves_a_subclass_of_the_new_nested_type_and_a_subinterface_at_the_old_names() {
        SourceTree before = project();
        Step.Merge step = nestInPipeline("com.acme.batch.Stage", "com.acme.batch.Listener");

        ChangeSet changes = new MergeTransform().apply(before, step);

        assertThat(changes.problems()).isEmpty();
        assertThat(changes.deleted()).isEmpty();
        assertThat(changes.modified().get(STAGE)).isEqualTo("""
                // Copyright Acme. SPDX-License-Identifier: Apache-2.0
                package com.acme.batch;

                /**
                 * Moved to {@link com.acme.flow.Pipeline.Stage}.
                 *
                 * @deprecated use {@link com.acme.flow.Pipeline.Stage} instead; this forwarding type will be removed.
                 */
                @Deprecated
                public class Stage extends com.acme.flow.Pipeline.Stage {
                    public Stage(String name) {
                        super(name);
                    }

                    protected Stage() {
                        super();
                    }
                }
                """);
        assertThat(changes.modified().get(LISTENER)).isEqualTo("""
                package com.acme.batch;

                /**
                 * Moved to {@link com.acme.flow.Pipeline.Listener}.
                 *
                 * @deprecated use {@link com.acme.flow.Pipeline.Listener} instead; this forwarding type will be removed.
                 */
                @Deprecated
                public interface Listener extends com.acme.flow.Pipeline.Listener {
                }
                """);
        assertThat(changes.warnings()).extracting(Warning::message).contains("forwarding type for com.acme.batch.Listener:"
                + " it forwards as a subinterface: code implementing or naming the old interface keeps compiling, but values"
                + " of the new type do not convert to the old one");
        assertUntouchedIdentical(before, changes);
        assertSecondRunChangesNothing(before, step);
        SourceTree withOldClient = withFile(before.apply(changes), "client/com/client/OldClient.java", OLD_CLIENT);
        assertThat(JavaCompilation.compile(withOldClient, "8", List.of()).errors()).isEmpty();
        JavaCompilation.Result at17 = JavaCompilation.compile(withOldClient, "17", List.of());
        assertThat(at17.errors()).isEmpty();
        assertThat(at17.run("com.client.OldClient")).isEqualTo("load");
    }

    @Test
    void a_module_keeps_exporting_the_package_that_holds_forwarders_and_exports_the_target_package_too() {
        SourceTree before = withFile(project(), "src/main/java/module-info.java", """
                module com.acme {
                    exports com.acme.batch;
                }
                """);
        Step.Merge step = nestInPipeline("com.acme.batch.Stage", "com.acme.batch.Listener");

        ChangeSet changes = new MergeTransform().apply(before, step);

        assertThat(changes.problems()).isEmpty();
        assertThat(before.apply(changes).text("src/main/java/module-info.java")).isEqualTo("""
                module com.acme {
                    exports com.acme.batch;
                    exports com.acme.flow;
                }
                """);
    }

    @Test
    void where_java_allows_no_subtype_the_old_file_goes_and_a_warning_says_why() {
        SourceTree before = tree(
                "src/main/java/com/acme/batch/Sealed.java", "package com.acme.batch;\n\npublic final class Sealed {\n}\n",
                "src/main/java/com/acme/batch/Kind.java", "package com.acme.batch;\n\npublic enum Kind { A, B }\n",
                "src/main/java/com/acme/batch/Point.java", "package com.acme.batch;\n\npublic record Point(int x) {\n}\n",
                "src/main/java/com/acme/batch/Closed.java", "package com.acme.batch;\n\npublic class Closed {\n    private Closed() {\n    }\n\n    public static Closed of() {\n        return new Closed();\n    }\n}\n",
                "src/main/java/com/acme/batch/Hidden.java", "package com.acme.batch;\n\nclass Hidden {\n}\n",
                PIPELINE, "package com.acme.flow;\n\npublic class Pipeline {\n}\n");
        Step.Merge step = nestInPipeline("com.acme.batch.Sealed", "com.acme.batch.Kind", "com.acme.batch.Point",
                "com.acme.batch.Closed", "com.acme.batch.Hidden");

        ChangeSet changes = new MergeTransform().apply(before, step);

        assertThat(changes.problems()).isEmpty();
        assertThat(changes.deleted()).hasSize(5);
        assertThat(changes.warnings()).extracting(Warning::toString).containsExactlyInAnyOrder(
                "src/main/java/com/acme/batch/Sealed.java:1: no forwarding type for com.acme.batch.Sealed: it is a final class,"
                        + " which Java does not let another type extend",
                "src/main/java/com/acme/batch/Kind.java:1: no forwarding type for com.acme.batch.Kind: it is an enum,"
                        + " which Java does not let another type extend",
                "src/main/java/com/acme/batch/Point.java:1: no forwarding type for com.acme.batch.Point: it is a record,"
                        + " which Java does not let another type extend",
                "src/main/java/com/acme/batch/Closed.java:1: no forwarding type for com.acme.batch.Closed: none of its"
                        + " constructors is public or protected, so no subclass in another package can call them",
                "src/main/java/com/acme/batch/Hidden.java:1: no forwarding type for com.acme.batch.Hidden: it is not public,"
                        + " so no code outside its package can name it");
        assertSecondRunChangesNothing(before, step);
        assertThat(JavaCompilation.compile(before.apply(changes), "17", List.of()).errors()).isEmpty();
    }

    @Test
    void a_forwarder_whose_constructors_would_name_another_merged_type_is_left_out_and_the_result_compiles() {
        SourceTree before = tree(
                "src/main/java/com/acme/batch/Kind.java", "package com.acme.batch;\n\npublic enum Kind { A, B }\n",
                "src/main/java/com/acme/batch/Job.java", "package com.acme.batch;\n\npublic class Job {\n    public Job(Kind kind) {\n    }\n}\n",
                PIPELINE, "package com.acme.flow;\n\npublic class Pipeline {\n}\n");
        Step.Merge step = nestInPipeline("com.acme.batch.Kind", "com.acme.batch.Job");

        ChangeSet changes = new MergeTransform().apply(before, step);

        assertThat(changes.problems()).isEmpty();
        assertThat(changes.deleted()).containsExactlyInAnyOrder("src/main/java/com/acme/batch/Kind.java",
                "src/main/java/com/acme/batch/Job.java");
        assertThat(changes.warnings()).extracting(Warning::message).contains("no forwarding type for com.acme.batch.Job:"
                + " its constructors name Kind, also merged by this step; use the nested type directly");
        assertThat(JavaCompilation.compile(before.apply(changes), "17", List.of()).errors()).isEmpty();
        assertSecondRunChangesNothing(before, step);
    }

    @Test
    void test_sources_get_no_forwarder_and_a_warning_says_why() {
        SourceTree before = tree(
                "src/test/java/com/acme/batch/Fixture.java", "package com.acme.batch;\n\npublic class Fixture {\n}\n",
                "src/test/java/com/acme/flow/Fixtures.java", "package com.acme.flow;\n\npublic class Fixtures {\n}\n");
        Step.Merge step = new Step.Merge(List.of("com.acme.batch.Fixture"), "com.acme.flow.Fixtures", MergeMode.NESTED,
                Map.of(), Compatibility.FORWARDING, AT);

        ChangeSet changes = new MergeTransform().apply(before, step);

        assertThat(changes.problems()).isEmpty();
        assertThat(changes.deleted()).containsExactly("src/test/java/com/acme/batch/Fixture.java");
        assertThat(changes.warnings()).extracting(Warning::message).containsExactly("no forwarding type for"
                + " com.acme.batch.Fixture: it is in test sources, which no user outside the build compiles against");
    }
}
