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
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apache Commons Text 1.12.0 as published: its lookup package moves, and the names in its Javadoc ({@code {@value
 * org.apache.commons.text.lookup.StringLookupFactory#KEY_DNS}}) and strings follow, while the system property key
 * made from the class name ({@code "...StringLookupFactory.defaultStringLookups"}) that users set stays, with a
 * warning. The result compiles (at release 8 too, the library's level) and a second run changes nothing.
 */
class RealLibraryNamesInStringsTest {
    static final String ROOT = SourcesJar.ROOT;
    static final String OLD = "org.apache.commons.text.lookup.";
    static final String FACTORY = ROOT + "org/apache/commons/text/lookups/StringLookupFactory.java";

    @Test
    void commons_text_lookup_package_move_rewrites_names_in_javadoc_and_strings_but_not_the_property_key() throws Exception {
        SourceTree before = SourcesJar.tree("org/apache/commons/text/WordUtils.java");
        Phase phase = new Phase("lookups", "Rename the lookup package", "", List.of(new Step.MovePackage(
                "org.apache.commons.text.lookup", "org.apache.commons.text.lookups", false, Compatibility.NONE,
                new Location(".github/consolidation.yml", 6, 9))), new Location(".github/consolidation.yml", 3, 5));
        PhaseEngine engine = new PhaseEngine(new MergeTransform());

        PhaseResult result = engine.run(before, phase);

        assertThat(result.problems()).isEmpty();
        SourceTree after = result.after();
        assertThat(after.text(ROOT + "org/apache/commons/text/StringSubstitutor.java"))
                .doesNotContain(OLD + "StringLookupFactory")
                .contains("{@value org.apache.commons.text.lookups.StringLookupFactory#KEY_BASE64_DECODER}");
        Map<String, Long> left = new TreeMap<>();
        after.files().forEach((path, text) -> {
            long n = text.lines().filter(l -> l.contains(OLD)).count();
            if (n > 0) left.put(path, n);
        });
        assertThat(left).isEqualTo(Map.of(FACTORY, 1L));
        assertThat(after.text(FACTORY)).contains(
                "DEFAULT_STRING_LOOKUPS_PROPERTY = \"org.apache.commons.text.lookup.StringLookupFactory.defaultStringLookups\"");
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo(FACTORY);
            assertThat(w.message()).startsWith("still names org.apache.commons.text.lookup.StringLookupFactory,");
        });
        before.files().forEach((path, text) -> {
            if (after.contains(path) && !result.steps().get(0).changes().modified().containsKey(path)) {
                assertThat(after.text(path)).as(path).isEqualTo(text);
            }
        });
        PhaseResult again = engine.run(after, phase);
        assertThat(again).matches(PhaseResult::alreadyApplied, "already applied");
        assertThat(again.after().files()).isEqualTo(after.files());
        String lang3 = SourcesJar.locationOf(org.apache.commons.lang3.StringUtils.class);
        assertThat(JavaCompilation.compile(after, List.of("-classpath", lang3, "-sourcepath", "")).errors()).isEmpty();
        assertThat(JavaCompilation.compile(after, List.of("-classpath", lang3, "-sourcepath", "", "--release", "8"))
                .errors()).isEmpty();
    }
}
