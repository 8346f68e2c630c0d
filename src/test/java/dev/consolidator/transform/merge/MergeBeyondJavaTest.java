package dev.consolidator.transform.merge;

import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeSteps.members;
import static dev.consolidator.transform.merge.MergeSteps.nested;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A merged type named outside Java code: service files follow it, other text files are pointed out. */
class MergeBeyondJavaTest {
    static final String CODEC = "src/main/java/com/acme/legacy/JsonCodec.java";
    static final String CODECS = "src/main/java/com/acme/codec/Codecs.java";
    static final String API = "src/main/java/com/acme/api/Codec.java";
    static final String SERVICES = "src/main/resources/META-INF/services/com.acme.api.Codec";
    static final String SPRING = "src/main/resources/beans.xml";
    static final String PLAN = ".github/consolidation.yml";

    static SourceTree project() {
        return tree(API, """
                package com.acme.api;

                public interface Codec {
                    String name();
                }
                """, CODEC, """
                package com.acme.legacy;

                import com.acme.api.Codec;

                public class JsonCodec implements Codec {
                    public String name() {
                        return "json";
                    }
                }
                """, CODECS, """
                package com.acme.codec;

                public final class Codecs {
                }
                """, SERVICES, """
                # codecs found by ServiceLoader
                com.acme.legacy.JsonCodec
                """, SPRING, """
                <beans>
                  <bean id="json" class="com.acme.legacy.JsonCodec"/>
                </beans>
                """, PLAN, """
                phases:
                  - id: codecs
                    steps:
                      - merge: {types: [com.acme.legacy.JsonCodec], into: com.acme.codec.Codecs, as: nested}
                """);
    }

    @Test
    void a_type_nested_by_a_merge_is_named_by_its_binary_name_in_service_files_and_other_files_are_warned() {
        SourceTree before = project();

        ChangeSet changes = new MergeTransform().apply(before, nested(List.of("com.acme.legacy.JsonCodec"), "com.acme.codec.Codecs"));

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                # codecs found by ServiceLoader
                com.acme.codec.Codecs$JsonCodec
                """, changes.modified().get(SERVICES));
        assertEquals(List.of(new Warning(SPRING, 2, "still names com.acme.legacy.JsonCodec, which this step merges into"
                + " com.acme.codec.Codecs.JsonCodec; update it by hand if it refers to the type")), textWarnings(changes),
                "the plan names the type on purpose: not a leftover");
        assertCompiles(before.apply(changes));
        MergeSteps.assertSecondRunChangesNothing(before, nested(List.of("com.acme.legacy.JsonCodec"), "com.acme.codec.Codecs"));
    }

    @Test
    void a_provider_whose_members_a_merge_moved_is_pointed_out_and_its_nested_providers_follow() {
        SourceTree before = tree(API, """
                package com.acme.api;

                public interface Codec {
                    String name();
                }
                """, CODEC, """
                package com.acme.legacy;

                public final class JsonCodec {
                    public static String encode(Object o) {
                        return String.valueOf(o);
                    }

                    public static final class Provider implements com.acme.api.Codec {
                        public String name() {
                            return "json";
                        }
                    }
                }
                """, CODECS, """
                package com.acme.codec;

                public final class Codecs {
                    private Codecs() {
                    }
                }
                """, SERVICES, """
                com.acme.legacy.JsonCodec$Provider
                com.acme.legacy.JsonCodec # the old registration
                """);

        ChangeSet changes = new MergeTransform().apply(before, members(List.of("com.acme.legacy.JsonCodec"), "com.acme.codec.Codecs",
                Map.of()));

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                com.acme.codec.Codecs$Provider
                com.acme.legacy.JsonCodec # the old registration
                """, changes.modified().get(SERVICES));
        assertEquals(List.of(new Warning(SERVICES, 2, "registers com.acme.legacy.JsonCodec as a service provider, and its"
                + " members now live in com.acme.codec.Codecs: register that type if it implements the service, or remove"
                + " the line")), textWarnings(changes));
        assertCompiles(before.apply(changes));
    }

    private static List<Warning> textWarnings(ChangeSet changes) {
        return changes.warnings().stream().filter(w -> !w.file().endsWith(".java")).toList();
    }

    @Test
    void module_info_follows_a_merge_that_empties_an_exported_package() {
        java.util.Map<String, String> files = new java.util.TreeMap<>(project().files());
        files.put("src/main/java/module-info.java", """
                module com.acme {
                    exports com.acme.api;
                    exports com.acme.legacy;
                    exports com.acme.codec;
                    provides com.acme.api.Codec with com.acme.legacy.JsonCodec;
                }
                """);
        SourceTree before = SourceTree.of(files);

        ChangeSet changes = new MergeTransform().apply(before, nested(List.of("com.acme.legacy.JsonCodec"), "com.acme.codec.Codecs"));

        assertEquals(List.of(), changes.problems());
        assertEquals("""
                module com.acme {
                    exports com.acme.api;
                    exports com.acme.codec;
                    provides com.acme.api.Codec with com.acme.codec.Codecs.JsonCodec;
                }
                """, changes.modified().get("src/main/java/module-info.java"));
        assertCompiles(before.apply(changes));
    }
}
