package dev.consolidator.transform;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forwarding members merge on published library sources: Commons Text 1.12.0's {@code WordUtils} folded into
 * {@code CaseUtils} must still compile at {@code --release 8}, and so must an old client calling {@code WordUtils}.
 */
class RealLibraryForwardingMergeTest {
    private static final String POM = "<project><properties><maven.compiler.source>1.8</maven.compiler.source></properties></project>\n";
    private static final String OLD_CLIENT = """
            package com.client;

            import org.apache.commons.text.WordUtils;

            class OldClient {
                String initials = WordUtils.initials("Ben John Lee");
                String capitalized = WordUtils.capitalize("i am here");
            }
            """;

    @Test
    void commons_text_word_utils_merged_with_a_forwarder_compiles_at_java_8_with_a_client_of_the_old_name() throws Exception {
        Map<String, String> files = new java.util.TreeMap<>(RealProjectConsolidationTest.commonsText().files());
        files.put("pom.xml", POM);
        SourceTree tree = SourceTree.of(files, RealProjectConsolidationTest.commonsText().readOnly());
        Step merge = new Step.Merge(List.of("org.apache.commons.text.WordUtils"), "org.apache.commons.text.CaseUtils",
                MergeMode.MEMBERS, Map.of("capitalize", "capitalizeWords"), Compatibility.FORWARDING,
                new Location(".github/consolidation.yml", 6, 9));
        Phase phase = new Phase("words", "Words", "", List.of(merge), null);

        PhaseResult result = new PhaseEngine(new MergeTransform()).run(tree, phase);

        assertThat(result.problems()).isEmpty();
        String forwarder = result.after().text(SourcesJar.ROOT + "org/apache/commons/text/WordUtils.java");
        assertThat(forwarder).startsWith("/*\n * Licensed to the Apache Software Foundation (ASF)")
                .contains("@deprecated use {@link org.apache.commons.text.CaseUtils#capitalizeWords}",
                        "return org.apache.commons.text.CaseUtils.capitalizeWords(str);", "\n@Deprecated\n")
                .doesNotContain("forRemoval");
        assertThat(result.warnings()).extracting(Warning::message)
                .anyMatch(w -> w.contains("forwarding type for org.apache.commons.text.WordUtils forwards public static methods only"));
        assertCompilesAt8(result.after());
        assertCompilesAt8(result.after().apply(new ChangeBuilder(result.after())
                .write("src/main/java/com/client/OldClient.java", OLD_CLIENT).build()));
        assertThat(new PhaseEngine(new MergeTransform()).run(result.after(), phase)).matches(PhaseResult::alreadyApplied, "already applied");
    }

    private static void assertCompilesAt8(SourceTree tree) {
        String lang3 = SourcesJar.locationOf(org.apache.commons.lang3.StringUtils.class);
        assertThat(JavaCompilation.compile(tree, "8", List.of("-classpath", lang3, "-sourcepath", "")).errors().stream()
                .limit(10)).isEmpty();
    }
}
