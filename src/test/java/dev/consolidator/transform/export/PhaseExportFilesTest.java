package dev.consolidator.transform.export;

import dev.consolidator.command.DryRunReport;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.export.ExportedRecipeRunsTest.CONSUMER;
import static dev.consolidator.transform.export.ExportedRecipeRunsTest.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's {@code exports:} files as each phase leaves them: exact text after each phase, the earlier phases kept as
 * the file has them, nothing changed by a second run, listed by a dry run, and a recipe that OpenRewrite runs.
 */
class PhaseExportFilesTest {
    static final String RECIPE = "src/main/resources/META-INF/rewrite/consolidation.yml";
    static final String GUIDE = "MIGRATION.md";
    static final String EXPORTS = "exports:\n  openrewrite: " + RECIPE + "\n  guide: " + GUIDE + "\n";

    private final PhaseEngine engine = new PhaseEngine(new MergeTransform());

    static final String RECIPE_AFTER_CORE = """
            # consolidation.core: from the mappings recorded when the phase was applied
            type: specs.openrewrite.org/v1beta/recipe
            name: consolidation.core
            displayName: 'Stats and tracking live in lib.b'
            recipeList:
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: lib.a.Stats
                  newFullyQualifiedTypeName: 'lib.b.Stats'
              - org.openrewrite.java.ChangeMethodName:
                  methodPattern: 'lib.a.Tracker update(..)'
                  newMethodName: collect
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: lib.a.Tracker
                  newFullyQualifiedTypeName: 'lib.b.Metrics'
            ---
            type: specs.openrewrite.org/v1beta/recipe
            name: consolidation
            displayName: 'Every consolidation phase, in order'
            recipeList:
              - consolidation.core
            """;

    static final String GUIDE_CORE_SECTION = """
            ## core: Stats and tracking live in lib.b

            <!-- from the mappings recorded when the phase was applied -->

            | Old | New | Change |
            |---|---|---|
            | `lib.a.Stats` | `lib.b.Stats` | moved |
            | `lib.a.Tracker` | `lib.b.Metrics` | members merged; methods renamed: `update` → `collect` |

            Recipe: `consolidation.core`

            """;

    @Test
    void the_first_phase_adds_the_recipe_and_the_guide_in_its_last_commit() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + EXPORTS);

        PhaseResult core = engine.run(SourceTree.of(LIBRARY), plan.phases().get(0));

        assertThat(core.problems()).isEmpty();
        assertThat(core.steps().get(0).changes().touchedPaths()).doesNotContain(RECIPE, GUIDE);
        assertThat(core.steps().get(1).changes().added()).containsKeys(RECIPE, GUIDE);
        assertThat(core.after().text(RECIPE)).isEqualTo(RECIPE_AFTER_CORE);
        assertThat(core.after().text(GUIDE)).isEqualTo("# Migration guide\n\n" + GUIDE_CORE_SECTION
                + MigrationGuide.render(List.of()).substring("# Migration guide\n\n".length()));
    }

    @Test
    void the_next_phase_keeps_the_earlier_sections_and_adds_what_it_moved_a_package_as_its_types() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + EXPORTS);
        PhaseResult core = engine.run(SourceTree.of(LIBRARY), plan.phases().get(0));

        PhaseResult layout = engine.run(core.after(), plan.phases().get(1));

        assertThat(layout.problems()).isEmpty();
        assertThat(layout.steps().get(2).changes().modified()).containsKeys(RECIPE, GUIDE);
        assertThat(layout.after().text(RECIPE)).isEqualTo(RECIPE_AFTER_CORE.substring(0, RECIPE_AFTER_CORE.indexOf("---\n") + 4)
                + """
                # consolidation.layout: from the mappings recorded when the phase was applied
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation.layout
                displayName: 'Entry nests in Registry, the legacy package becomes lib.reporting'
                recipeList:
                  - org.openrewrite.java.ChangeType:
                      oldFullyQualifiedTypeName: lib.a.Entry
                      newFullyQualifiedTypeName: 'lib.b.Registry$Entry'
                  - org.openrewrite.java.ChangeType:
                      oldFullyQualifiedTypeName: lib.legacy.Report
                      newFullyQualifiedTypeName: 'lib.reporting.Report'
                # removed: lib.a.Old (no replacement)
                ---
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation
                displayName: 'Every consolidation phase, in order'
                recipeList:
                  - consolidation.core
                  - consolidation.layout
                """);
        assertThat(layout.after().text(GUIDE)).startsWith("# Migration guide\n\n" + GUIDE_CORE_SECTION + """
                ## layout: Entry nests in Registry, the legacy package becomes lib.reporting

                <!-- from the mappings recorded when the phase was applied -->

                | Old | New | Change |
                |---|---|---|
                | `lib.a.Entry` | `lib.b.Registry$Entry` | now a nested type |
                | `lib.legacy.Report` | `lib.reporting.Report` | moved |

                Removed types (no replacement):

                - `lib.a.Old`

                Recipe: `consolidation.layout`

                ## Running the migration
                """);
    }

    @Test
    void a_second_run_of_each_phase_changes_nothing_and_leaves_the_files_alone() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + EXPORTS);
        PhaseResult core = engine.run(SourceTree.of(LIBRARY), plan.phases().get(0));
        PhaseResult layout = engine.run(core.after(), plan.phases().get(1));

        PhaseResult coreAgain = engine.run(core.after(), plan.phases().get(0));
        PhaseResult layoutAgain = engine.run(layout.after(), plan.phases().get(1));

        assertThat(coreAgain).matches(PhaseResult::alreadyApplied, "already applied");
        assertThat(coreAgain.after().files()).isEqualTo(core.after().files());
        assertThat(layoutAgain).matches(PhaseResult::alreadyApplied, "already applied");
        assertThat(layoutAgain.after().files()).isEqualTo(layout.after().files());
    }

    @Test
    void a_plan_edited_after_a_phase_does_not_rewrite_that_phases_history() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + EXPORTS);
        PhaseResult core = engine.run(SourceTree.of(LIBRARY), plan.phases().get(0));
        Plan edited = plan(ExportedRecipeRunsTest.PLAN.replace("title: Stats and tracking live in lib.b",
                "title: Renamed later").replace("update: collect", "update: gather") + EXPORTS);

        PhaseResult layout = engine.run(core.after(), edited.phases().get(1));

        assertThat(layout.after().text(RECIPE)).startsWith(RECIPE_AFTER_CORE.substring(0, RECIPE_AFTER_CORE.indexOf("---\n")));
        assertThat(layout.after().text(GUIDE)).contains(GUIDE_CORE_SECTION).doesNotContain("Renamed later", "gather");
    }

    @Test
    void when_the_files_lack_an_earlier_phase_its_section_comes_from_the_plan_and_says_so() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + EXPORTS);
        Plan without = plan(ExportedRecipeRunsTest.PLAN);
        SourceTree coreWithoutExports = engine.run(SourceTree.of(LIBRARY), without.phases().get(0)).after();

        PhaseResult layout = engine.run(coreWithoutExports, plan.phases().get(1));

        assertThat(layout.after().text(RECIPE)).startsWith("""
                # consolidation.core: from the plan's steps (no recorded result)
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation.core
                """).contains("# consolidation.layout: from the mappings recorded when the phase was applied\n");
    }

    @Test
    void a_later_phase_rewriting_names_in_text_files_leaves_the_earlier_sections_and_warns_nothing_about_them() {
        String again = """
                  - id: again
                    title: Stats move once more
                    steps:
                      - move:
                          type: lib.b.Stats
                          to: lib.c.Stats
                """;
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + again + EXPORTS + "rewriteText: ['**/*.yml', '**/*.md']\n");
        List<PhaseResult> results = engine.dryRun(SourceTree.of(LIBRARY), plan);

        PhaseResult last = results.get(2);

        assertThat(last.problems()).isEmpty();
        assertThat(last.after().text(RECIPE)).startsWith(RECIPE_AFTER_CORE.substring(0, RECIPE_AFTER_CORE.indexOf("---\n")))
                .contains("      oldFullyQualifiedTypeName: lib.b.Stats\n      newFullyQualifiedTypeName: 'lib.c.Stats'\n");
        assertThat(last.after().text(GUIDE)).contains(GUIDE_CORE_SECTION);
        assertThat(last.warnings()).noneMatch(w -> w.file().equals(RECIPE) || w.file().equals(GUIDE));
    }

    @Test
    void a_dry_run_lists_the_export_files_among_the_files_each_phase_changes() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + EXPORTS);

        List<PhaseResult> results = engine.dryRun(SourceTree.of(LIBRARY), plan);
        String report = DryRunReport.render(results, 2);

        assertThat(results).noneMatch(PhaseResult::hasProblems);
        assertThat(report).contains("- added (2): `" + GUIDE + "`, `" + RECIPE + "`",
                "- changed (2): `" + GUIDE + "`, `" + RECIPE + "`");
        assertThat(results.get(1).after().text(RECIPE)).contains("  - consolidation.core\n  - consolidation.layout\n");
    }

    @Test
    void an_export_file_that_cannot_be_written_refuses_the_phase_and_names_it() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + "exports: {guide: README/MIGRATION.md}\n");
        Map<String, String> files = new LinkedHashMap<>(LIBRARY);
        files.put("README", "a file, not a directory\n");

        PhaseResult core = engine.run(SourceTree.of(files), plan.phases().get(0));

        assertThat(core.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("export file README/MIGRATION.md lies under the file README; name another file under"
                        + " `exports:` in the plan"));
    }

    @Test
    void the_recipe_the_phases_wrote_migrates_a_consumer_that_then_compiles_against_the_consolidated_library() {
        Plan plan = plan(ExportedRecipeRunsTest.PLAN + EXPORTS);
        SourceTree library = SourceTree.of(LIBRARY);
        List<PhaseResult> results = engine.dryRun(library, plan);
        SourceTree consolidated = results.get(1).after();

        String migrated = ExportedRecipeRunsTest.migrate(consolidated.text(RECIPE), OpenRewriteRecipes.ALL, library, CONSUMER);

        assertThat(migrated).contains("import lib.reporting.Report;", "Metrics.collect(3)", "Registry.Entry.label()");
        assertThat(ExportedRecipeRunsTest.run(consolidated, migrated)).isEqualTo("done=3 entry report");
    }

    private static Plan plan(String yaml) {
        PlanParseResult parsed = new PlanParser().parse(yaml, ".github/consolidation.yml");
        assertThat(parsed.problems()).isEmpty();
        return parsed.plan();
    }
}
