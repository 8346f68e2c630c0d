package dev.consolidator.bot;

import dev.consolidator.transform.engine.PhaseResult;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan with {@code exports:}: the phase PR's last commit writes the recipe and the guide, and its body says so. */
class ExportFilesBotTest extends BotTestSupport {
    static final String PHASE = "reporting-package";
    static final String RECIPE = "src/main/resources/META-INF/rewrite/consolidation.yml";
    static final String GUIDE = "MIGRATION.md";

    @Test
    void the_phase_pull_requests_last_commit_adds_the_export_files_and_its_body_names_them() throws Exception {
        start(b -> b.plan("two-phases-exports.yml"));

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply"))).as(context()).isEqualTo("done");

        String head = bot.remote.branch("consolidation/" + PHASE).orElseThrow();
        List<RevCommit> commits = bot.remote.commitsBetween(bot.remote.baseCommit, head);
        assertThat(commits).as("one commit per step, the exports riding on the last").hasSize(3);
        assertThat(changedPaths(commits.get(1).name(), commits.get(2).name())).contains(RECIPE, GUIDE)
                .contains("src/main/java/com/acme/legacy/util/LegacyDates.java");
        assertThat(changedPaths(bot.remote.baseCommit, commits.get(1).name())).doesNotContain(RECIPE, GUIDE);
        Map<String, String> files = bot.remote.files(head);
        assertThat(bot.remote.files(bot.remote.baseCommit)).doesNotContainKeys(RECIPE, GUIDE);
        assertThat(files.get(RECIPE)).isEqualTo(EXPECTED_RECIPE);
        assertThat(files.get(GUIDE)).startsWith(EXPECTED_GUIDE_START);
        PhaseResult engine = bot.engineResult(PHASE);
        assertThat(files.get(GUIDE)).isEqualTo(engine.after().text(GUIDE));
        FakeGitHub.Pull pr = github.pulls().get(0);
        assertThat(pr.body()).contains("### Migration exports\n\nThis PR updates `" + RECIPE + "` and `" + GUIDE + "`");
        assertThat(github.checkRuns().get(0).conclusion()).as("the check run: %s", github.checkRuns().get(0).output())
                .isEqualTo("success");
    }

    @Test
    void the_next_phase_pull_request_keeps_the_merged_phases_section_and_adds_its_own() throws Exception {
        start(b -> b.plan("two-phases-exports.yml"));
        PhaseSteps steps = new PhaseSteps(bot, new Maintainer(bot.remote));
        FakeGitHub.Pull first = steps.apply();
        assertThat(bot.deliveries.deliver(steps.reviews.review(first.number(), Deliveries.MAINTAINER, "approved",
                bot.remote.branch(first.head()).orElseThrow()))).isEqualTo("done");
        steps.mergeWithMergeCommit(first);
        String main = bot.remote.branch("main").orElseThrow();

        FakeGitHub.Pull second = steps.apply();

        String head = bot.remote.branch(second.head()).orElseThrow();
        assertThat(changedPaths(main, head)).contains(RECIPE, GUIDE, "src/main/java/com/acme/progress/ProgressStats.java");
        String recipe = bot.remote.files(head).get(RECIPE);
        assertThat(recipe).startsWith(EXPECTED_RECIPE.substring(0, EXPECTED_RECIPE.indexOf("---\n") + 4) + """
                # consolidation.progress-stats: from the mappings recorded when the phase was applied
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation.progress-stats
                displayName: 'Move the batch progress stats next to the metrics collector'
                recipeList:
                  - org.openrewrite.java.ChangeType:
                      oldFullyQualifiedTypeName: com.acme.batch.ProgressStats
                      newFullyQualifiedTypeName: 'com.acme.progress.ProgressStats'
                ---
                """).endsWith("  - consolidation.reporting-package\n  - consolidation.progress-stats\n");
        assertThat(bot.remote.files(head).get(GUIDE)).startsWith(EXPECTED_GUIDE_START.replace("## Running the migration\n",
                "## progress-stats: Move the batch progress stats next to the metrics collector\n"));
        assertThat(second.body()).contains("This PR updates `" + RECIPE + "` and `" + GUIDE + "`");
    }

    private Set<String> changedPaths(String from, String to) throws Exception {
        Map<String, String> a = bot.remote.files(from);
        Map<String, String> b = bot.remote.files(to);
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        all.removeIf(p -> Objects.equals(a.get(p), b.get(p)));
        return all;
    }

    /** The package move as exactly the main types that moved (its test class is nobody's API downstream). */
    static final String EXPECTED_RECIPE = """
            # consolidation.reporting-package: from the mappings recorded when the phase was applied
            type: specs.openrewrite.org/v1beta/recipe
            name: consolidation.reporting-package
            displayName: 'Move the legacy report package to com.acme.reporting'
            recipeList:
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: com.acme.legacy.report.CsvReportWriter
                  newFullyQualifiedTypeName: 'com.acme.reporting.CsvReportWriter'
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: com.acme.legacy.report.ReportFormat
                  newFullyQualifiedTypeName: 'com.acme.reporting.ReportFormat'
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: com.acme.legacy.report.ReportGenerator
                  newFullyQualifiedTypeName: 'com.acme.reporting.ReportGenerator'
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: com.acme.legacy.util.TextPadding
                  newFullyQualifiedTypeName: 'com.acme.reporting.TextPadding'
            # removed: com.acme.legacy.util.LegacyDates (no replacement)
            ---
            type: specs.openrewrite.org/v1beta/recipe
            name: consolidation
            displayName: 'Every consolidation phase, in order'
            recipeList:
              - consolidation.reporting-package
            """;
    static final String EXPECTED_GUIDE_START = """
            # Migration guide

            ## reporting-package: Move the legacy report package to com.acme.reporting

            <!-- from the mappings recorded when the phase was applied -->

            | Old | New | Change |
            |---|---|---|
            | `com.acme.legacy.report.CsvReportWriter` | `com.acme.reporting.CsvReportWriter` | moved |
            | `com.acme.legacy.report.ReportFormat` | `com.acme.reporting.ReportFormat` | moved |
            | `com.acme.legacy.report.ReportGenerator` | `com.acme.reporting.ReportGenerator` | moved |
            | `com.acme.legacy.util.TextPadding` | `com.acme.reporting.TextPadding` | moved |

            Removed types (no replacement):

            - `com.acme.legacy.util.LegacyDates`

            Recipe: `consolidation.reporting-package`

            ## Running the migration
            """;
}
