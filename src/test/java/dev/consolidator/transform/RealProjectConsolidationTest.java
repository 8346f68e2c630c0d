package dev.consolidator.transform;

import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real library, not a fixture written for us: Apache Commons Text 1.12.0 as published on Maven Central (its
 * sources jar, a test dependency), consolidated in five phases of every kind of step. After every phase the whole
 * library compiles against commons-lang3, every file the phase did not touch is byte-identical, and running the
 * phase again over its own output changes nothing. One of its files is ISO-8859-1: it is read, never written.
 */
class RealProjectConsolidationTest {
    static final String ROOT = SourcesJar.ROOT;
    static final String PLAN = """
            version: 1
            approvals: 1
            phases:
              - id: diff-package
                title: Move the diff package under compare
                steps:
                  - movePackage: {from: org.apache.commons.text.diff, to: org.apache.commons.text.compare.diff}
              - id: formats
                title: Gather the format helpers
                steps:
                  - move: {type: org.apache.commons.text.CompositeFormat, to: org.apache.commons.text.format.CompositeFormat}
                  - move: {type: org.apache.commons.text.FormatFactory, to: org.apache.commons.text.format.FormatFactory}
              - id: distances
                title: Similarity measures become distances
                steps:
                  - movePackage: {from: org.apache.commons.text.similarity, to: org.apache.commons.text.distance}
              - id: word-utils
                title: Fold CaseUtils into WordUtils
                steps:
                  - merge:
                      types: [org.apache.commons.text.CaseUtils]
                      into: org.apache.commons.text.WordUtils
                      as: members
              - id: results
                title: Nest the result types in the interface they answer
                steps:
                  - merge:
                      types: [org.apache.commons.text.distance.IntersectionResult, org.apache.commons.text.distance.LevenshteinResults]
                      into: org.apache.commons.text.distance.SimilarityScore
                      as: nested
            """;

    /** Per phase, the existing files it changes (moved files are added and deleted, not modified). */
    static final Map<String, Set<String>> MODIFIED = Map.of(
            "diff-package", Set.of(),
            "formats", Set.of("ExtendedMessageFormat.java"),
            "distances", Set.of(),
            "word-utils", Set.of("WordUtils.java"),
            "results", Set.of("SimilarityScore.java", "IntersectionSimilarity.java", "LevenshteinDetailedDistance.java"));

    @Test
    void commons_text_consolidated_phase_by_phase_compiles_after_each_and_keeps_every_untouched_file() throws Exception {
        // given the library as published, and a plan for it
        SourceTree tree = commonsText();
        assertEquals(99, javaFiles(tree), "types, package-info files aside");
        assertEquals(Set.of(ROOT + "org/apache/commons/text/translate/EntityArrays.java"), tree.readOnly(),
                "the one ISO-8859-1 file of the library");
        assertCompiles(tree, "as published");
        PlanParseResult parsed = new PlanParser().parse(PLAN, ".github/consolidation.yml");
        assertThat(parsed.problems()).as("problems of the plan").isEmpty();
        Plan plan = parsed.plan();
        PhaseEngine engine = new PhaseEngine(new MergeTransform());

        // when each phase runs on what the one before left
        SourceTree current = tree;
        int mappings = 0;
        for (Phase phase : plan.phases()) {
            PhaseResult result = engine.run(current, phase);

            // then it has no problem, changes only the files it must, compiles, and is a no-op when run again
            assertThat(result.problems()).as(() -> phase.id() + ": " + result.problems()).isEmpty();
            assertEquals(MODIFIED.get(phase.id()), modifiedFiles(current, result.after()), phase.id() + " modified");
            assertCompiles(result.after(), "after " + phase.id());
            PhaseResult again = engine.run(result.after(), phase);
            assertThat(again.problems()).as(phase.id() + " again").isEmpty();
            assertThat(again).as(phase.id() + " again").matches(PhaseResult::alreadyApplied, "already applied");
            mappings += result.mappings().size();
            current = result.after();
        }

        assertEquals(96, javaFiles(current), "CaseUtils merged away, two result types nested");
        assertEquals(9 + 2 + 23 + 1 + 2, mappings, "one mapping per type moved or merged");
        assertThat(current.text(ROOT + "org/apache/commons/text/ExtendedMessageFormat.java"))
                .contains("\nimport org.apache.commons.text.format.FormatFactory;\n");
        assertEquals(tree.text(ROOT + "org/apache/commons/text/translate/EntityArrays.java"),
                current.text(ROOT + "org/apache/commons/text/translate/EntityArrays.java"));
    }

    static SourceTree commonsText() throws IOException {
        return SourcesJar.tree("org/apache/commons/text/WordUtils.java");
    }

    private static void assertCompiles(SourceTree tree, String when) {
        // an explicit classpath: javac must not find the original sources in the jar on the test classpath
        String lang3 = SourcesJar.locationOf(org.apache.commons.lang3.StringUtils.class);
        List<String> errors = JavaCompilation.compile(tree, List.of("-classpath", lang3, "-sourcepath", "")).errors();
        assertEquals(List.of(), errors.stream().limit(10).toList(), when);
    }

    /** The files that exist before and after and changed: every other file is byte-identical. */
    private static Set<String> modifiedFiles(SourceTree before, SourceTree after) {
        Set<String> out = new TreeSet<>();
        for (String path : before.paths()) {
            if (after.contains(path) && !after.text(path).equals(before.text(path))) {
                out.add(path.substring(path.lastIndexOf('/') + 1));
            }
        }
        return out;
    }

    private static long javaFiles(SourceTree tree) {
        return tree.paths().stream().filter(p -> p.endsWith(".java") && !p.endsWith("package-info.java")).count();
    }
}
