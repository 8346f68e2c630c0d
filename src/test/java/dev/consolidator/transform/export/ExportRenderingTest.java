package dev.consolidator.transform.export;

import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three export formats, as exact text, for a plan with every kind of step. */
class ExportRenderingTest {
    private final Plan plan = new PlanParser().parse(ExportedRecipeRunsTest.PLAN, ".github/consolidation.yml").plan();

    @Test
    void openrewrite_export_has_one_recipe_per_phase_and_one_running_them_in_order() {
        String yaml = OpenRewriteRecipes.render(PhaseMappings.of(plan, List.of()));

        assertThat(yaml).isEqualTo("""
                # consolidation.core: from the plan's steps (no recorded result)
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
                # consolidation.layout: from the plan's steps (no recorded result)
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation.layout
                displayName: 'Entry nests in Registry, the legacy package becomes lib.reporting'
                recipeList:
                  - org.openrewrite.java.ChangeType:
                      oldFullyQualifiedTypeName: lib.a.Entry
                      newFullyQualifiedTypeName: 'lib.b.Registry$Entry'
                  - org.openrewrite.java.ChangePackage:
                      oldPackageName: lib.legacy
                      newPackageName: lib.reporting
                      recursive: false
                # removed: lib.a.Old (no replacement)
                ---
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation
                displayName: 'Every consolidation phase, in order'
                recipeList:
                  - consolidation.core
                  - consolidation.layout
                """);
    }

    @Test
    void openrewrite_export_of_chosen_phases_runs_only_those() {
        String yaml = OpenRewriteRecipes.render(PhaseMappings.of(plan, List.of("layout")));

        assertThat(yaml).doesNotContain("consolidation.core").endsWith("""
                recipeList:
                  - consolidation.layout
                """);
    }

    @Test
    void json_export_lists_every_mapping_with_its_phase_and_method_renames() {
        String json = JsonMappings.render(PhaseMappings.of(plan, List.of()));

        assertThat(json).isEqualTo("""
                {
                  "sources" : {
                    "core" : "plan",
                    "layout" : "plan"
                  },
                  "mappings" : [ {
                    "phase" : "core",
                    "kind" : "type",
                    "old" : "lib.a.Stats",
                    "new" : "lib.b.Stats"
                  }, {
                    "phase" : "core",
                    "kind" : "members",
                    "old" : "lib.a.Tracker",
                    "new" : "lib.b.Metrics",
                    "methods" : {
                      "update" : "collect"
                    }
                  }, {
                    "phase" : "layout",
                    "kind" : "nested",
                    "old" : "lib.a.Entry",
                    "new" : "lib.b.Registry$Entry"
                  }, {
                    "phase" : "layout",
                    "kind" : "package",
                    "old" : "lib.legacy",
                    "new" : "lib.reporting",
                    "recursive" : false
                  }, {
                    "phase" : "layout",
                    "kind" : "delete",
                    "old" : "lib.a.Old",
                    "new" : null
                  } ]
                }
                """);
    }

    @Test
    void markdown_guide_has_a_table_per_phase_removed_types_and_the_maven_command() {
        String guide = MigrationGuide.render(PhaseMappings.of(plan, List.of()));

        assertThat(guide).isEqualTo("""
                # Migration guide

                ## core: Stats and tracking live in lib.b

                <!-- from the plan's steps (no recorded result) -->

                | Old | New | Change |
                |---|---|---|
                | `lib.a.Stats` | `lib.b.Stats` | moved |
                | `lib.a.Tracker` | `lib.b.Metrics` | members merged; methods renamed: `update` → `collect` |

                Recipe: `consolidation.core`

                ## layout: Entry nests in Registry, the legacy package becomes lib.reporting

                <!-- from the plan's steps (no recorded result) -->

                | Old | New | Change |
                |---|---|---|
                | `lib.a.Entry` | `lib.b.Registry$Entry` | now a nested type |
                | `lib.legacy` | `lib.reporting` | package moved |

                Removed types (no replacement):

                - `lib.a.Old`

                Recipe: `consolidation.layout`

                ## Running the migration

                Save the output of `consolidator export --format openrewrite` as `rewrite.yml` at the root of the
                consuming project (or use the library's jar when it ships the recipe under `META-INF/rewrite/`), then run

                ```
                mvn org.openrewrite.maven:rewrite-maven-plugin:run \\
                  -Drewrite.recipeArtifactCoordinates=GROUP:ARTIFACT:VERSION \\
                  -Drewrite.activeRecipes=consolidation
                ```

                `-Drewrite.recipeArtifactCoordinates` names the library's jar and is only needed when the recipe comes from it;
                to migrate one phase at a time, activate `consolidation.<phase>` instead of `consolidation`.
                """);
    }
}
