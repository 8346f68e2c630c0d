package dev.consolidator.transform;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
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
 * Forwarding package moves on published library sources: Commons Text 1.12.0 (built at Java 8, as its pom says) must
 * still compile at {@code --release 8} with its forwarders, and an old client naming the old package too.
 */
class RealLibraryForwardingTest {
    private static final String POM = """
            <project>
              <properties>
                <maven.compiler.source>1.8</maven.compiler.source>
                <maven.compiler.target>1.8</maven.compiler.target>
              </properties>
            </project>
            """;
    private static final String OLD_CLIENT = """
            package com.client;

            import org.apache.commons.text.similarity.LevenshteinDistance;
            import org.apache.commons.text.similarity.SimilarityScore;

            class OldClient implements SimilarityScore<Integer> {
                LevenshteinDistance distance = new LevenshteinDistance();
                Integer apart = new LevenshteinDistance(3).apply("kitten", "sitting");

                @Override
                public Integer apply(CharSequence left, CharSequence right) {
                    return distance.apply(left, right);
                }
            }
            """;

    @Test
    void commons_text_moved_with_forwarders_compiles_at_java_8_and_so_does_a_client_of_the_old_names() throws Exception {
        Map<String, String> files = new java.util.TreeMap<>(RealProjectConsolidationTest.commonsText().files());
        files.put("pom.xml", POM);
        SourceTree tree = SourceTree.of(files, RealProjectConsolidationTest.commonsText().readOnly());
        Step move = new Step.MovePackage("org.apache.commons.text.similarity", "org.apache.commons.text.distance", false,
                Compatibility.FORWARDING, new Location(".github/consolidation.yml", 6, 9));

        PhaseEngine engine = new PhaseEngine(new MergeTransform());
        PhaseResult result = engine.run(tree, new Phase("distances", "Distances", "", List.of(move), null));

        assertThat(result.problems()).isEmpty();
        SourceTree after = result.after();
        String forwarder = after.text(SourcesJar.ROOT + "org/apache/commons/text/similarity/LevenshteinDistance.java");
        assertThat(forwarder).startsWith("/*\n * Licensed to the Apache Software Foundation (ASF)")
                .contains("@deprecated use {@link org.apache.commons.text.distance.LevenshteinDistance}", "\n@Deprecated\n")
                .doesNotContain("forRemoval");
        assertThat(result.warnings()).extracting(Warning::message)
                .anyMatch(w -> w.contains("no forwarding type for org.apache.commons.text.similarity.Counter") && w.contains("not public"));
        assertThat(after.paths()).doesNotContain(SourcesJar.ROOT + "org/apache/commons/text/similarity/Counter.java");
        assertThat(result.warnings()).extracting(Warning::message).anyMatch(w -> w.contains("similarity.SimilarityScore")
                && w.contains("subinterface") && w.contains("do not convert"));
        assertCompilesAt8(after);
        assertCompilesAt8(after.apply(new ChangeBuilder(after).write("src/main/java/com/client/OldClient.java", OLD_CLIENT).build()));
        assertThat(engine.run(after, new Phase("distances", "Distances", "", List.of(move), null))).matches(PhaseResult::alreadyApplied, "already applied");
    }

    private static void assertCompilesAt8(SourceTree tree) {
        String lang3 = SourcesJar.locationOf(org.apache.commons.lang3.StringUtils.class);
        assertThat(JavaCompilation.compile(tree, "8", List.of("-classpath", lang3, "-sourcepath", "")).errors().stream()
                .limit(10)).isEmpty();
    }
}
