package dev.consolidator.transform;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.Location;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.forward.ForwarderUses;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code removeForwarders} on published library sources: Commons Text 1.12.0's {@code similarity} package moved with
 * forwarders; a client still naming the old package holds the removal back (and is counted), and without it the
 * forwarders go and the library still compiles at {@code --release 8}.
 */
class RealLibraryRemoveForwardersTest {
    private static final String SIMILARITY = SourcesJar.ROOT + "org/apache/commons/text/similarity/";
    private static final String CLIENT = "src/main/java/com/client/OldClient.java";
    private static final String OLD_CLIENT = """
            package com.client;

            import org.apache.commons.text.similarity.LevenshteinDistance;

            class OldClient {
                LevenshteinDistance distance = new LevenshteinDistance();
                Integer apart = new org.apache.commons.text.similarity.LevenshteinDistance(3).apply("kitten", "sitting");
            }
            """;

    @Test
    void commons_text_loses_its_forwarders_once_no_client_names_the_old_package_and_still_compiles_at_java_8() throws Exception {
        Map<String, String> files = new java.util.TreeMap<>(RealProjectConsolidationTest.commonsText().files());
        files.put("pom.xml", "<project><properties><maven.compiler.source>1.8</maven.compiler.source></properties></project>\n");
        SourceTree tree = SourceTree.of(files, RealProjectConsolidationTest.commonsText().readOnly());
        Step move = new Step.MovePackage("org.apache.commons.text.similarity", "org.apache.commons.text.distance", false,
                Compatibility.FORWARDING, new Location(".github/consolidation.yml", 6, 9));
        PhaseEngine engine = new PhaseEngine(new MergeTransform());
        SourceTree moved = engine.run(tree, new Phase("distances", "Distances", "", List.of(move), null)).after();
        long forwarders = moved.paths().stream().filter(p -> p.startsWith(SIMILARITY)).count();
        assertThat(forwarders).isPositive();
        Phase cleanup = new Phase("cleanup", "Cleanup", "", List.of(new Step.RemoveForwarders("distances", List.of(move),
                new Location(".github/consolidation.yml", 10, 28), new Location(".github/consolidation.yml", 10, 9))), null);

        SourceTree withClient = moved.apply(new ChangeBuilder(moved).write(CLIENT, OLD_CLIENT).build());
        PhaseResult refused = engine.run(withClient, cleanup);
        ForwarderUses.Usage usage = ForwarderUses.byPhase(withClient, Map.of(), Map.of("distances", List.of(move))).get("distances");

        assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
                ".github/consolidation.yml:10: the forwarders of phase `distances` are still used in 1 file, on 3 lines"
                        + " (each use below); change them to the new names first, then run the step again",
                CLIENT + ":3: still uses org.apache.commons.text.similarity.LevenshteinDistance, a forwarder of phase"
                        + " `distances` that this step removes; use org.apache.commons.text.distance.LevenshteinDistance instead",
                CLIENT + ":6: still uses org.apache.commons.text.similarity.LevenshteinDistance, a forwarder of phase"
                        + " `distances` that this step removes; use org.apache.commons.text.distance.LevenshteinDistance instead",
                CLIENT + ":7: still uses org.apache.commons.text.similarity.LevenshteinDistance, a forwarder of phase"
                        + " `distances` that this step removes; use org.apache.commons.text.distance.LevenshteinDistance instead");
        assertThat(usage.forwarders()).hasSize((int) forwarders);
        assertThat(usage.files()).isEqualTo(1);
        assertThat(usage.lines()).isEqualTo(3);

        PhaseResult removed = engine.run(moved, cleanup);

        assertThat(removed.problems()).isEmpty();
        assertThat(removed.after().paths()).noneMatch(p -> p.startsWith(SIMILARITY));
        assertThat(removed.steps().get(0).changes().deleted()).hasSize((int) forwarders);
        assertThat(removed.steps().get(0).changes().modified()).isEmpty();
        Trees.assertUntouchedIdentical(moved, removed.steps().get(0).changes());
        String lang3 = SourcesJar.locationOf(org.apache.commons.lang3.StringUtils.class);
        assertThat(JavaCompilation.compile(removed.after(), "8", List.of("-classpath", lang3, "-sourcepath", "")).errors()
                .stream().limit(10)).isEmpty();
        assertThat(engine.run(removed.after(), cleanup)).matches(PhaseResult::alreadyApplied, "already applied");
    }
}
