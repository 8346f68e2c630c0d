package dev.consolidator.command;

import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.TypeMapping;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PullRequestBodyTest {
    private static PhaseReport report(int mappings, int imports) {
        return new PhaseReport("progress-tracking", "Fold the tracker", "The tracker duplicated the collector.",
                List.of("merge com.acme.batch.ProgressTracker into com.acme.progress.MetricsCollector as members"),
                IntStream.range(0, mappings).mapToObj(i -> new TypeMapping(TypeMapping.Kind.ONE_TO_ONE,
                        "com.acme.legacy.Type" + i, "src/main/java/com/acme/legacy/Type" + i + ".java",
                        "com.acme.modern.Type" + i, "src/main/java/com/acme/modern/Type" + i + ".java")).toList(),
                IntStream.range(0, imports).mapToObj(i -> new ImportChange("src/main/java/com/acme/user/User" + i + ".java",
                        "com.acme.legacy.Type" + i, "com.acme.modern.Type" + i)).toList(),
                120, 118, 9000, 8900, 40, List.of("com.acme.legacy.Type0 is a record: no forwarding type left behind"),
                List.of(), "consolidation/backup/progress-tracking", "0123456789abcdef0123456789abcdef01234567");
    }

    @Test
    void body_explains_steps_mappings_imports_sizes_backup_and_rollback() {
        String body = PullRequestBody.render(report(2, 3));

        assertThat(body).contains("The tracker duplicated the collector.");
        assertThat(body)
                .contains("1. merge com.acme.batch.ProgressTracker into com.acme.progress.MetricsCollector as members");
        assertThat(body)
                .contains("| `com.acme.legacy.Type1` | `src/main/java/com/acme/legacy/Type1.java` | `com.acme.modern.Type1` |");
        assertThat(body).contains("| Java files | 120 | 118 |");
        assertThat(body).contains("3 import rewrites in 3 files.");
        assertThat(body).contains("<details><summary>Per file</summary>");
        assertThat(body)
                .contains("- `src/main/java/com/acme/user/User2.java`: `com.acme.legacy.Type2` → `com.acme.modern.Type2`");
        assertThat(body).contains("is a record: no forwarding type left behind");
        assertThat(body)
                .contains("`consolidation/backup/progress-tracking` at `0123456789abcdef0123456789abcdef01234567`");
        assertThat(body).contains("/consolidate rollback progress-tracking");
    }

    @Test
    void one_mapping_and_one_import_rewrite_are_counted_in_the_singular() {
        String body = PullRequestBody.render(report(1, 1));

        assertThat(body).contains("1 type mapping, 1 import rewrite, 40 references rewritten.", "1 import rewrite in 1 file.");
    }

    @Test
    void two_mappings_and_two_import_rewrites_are_counted_in_the_plural() {
        String body = PullRequestBody.render(report(2, 2));

        assertThat(body).contains("2 type mappings, 2 import rewrites, 40 references rewritten.", "2 import rewrites in 2 files.");
    }

    @Test
    void huge_phase_is_cut_under_github_limit_keeping_summary_and_rollback() {
        String body = PullRequestBody.render(report(5_000, 20_000));

        assertThat(body.length()).as("length of the body").isLessThan(PullRequestBody.GITHUB_LIMIT);
        assertThat(body).contains("5000 type mappings, 20000 import rewrites");
        assertThat(body).matches("(?s).*_… and \\d+ more mappings not shown.*");
        assertThat(body).matches("(?s).*_… and \\d+ more files not shown.*");
        assertThat(body).contains("/consolidate rollback progress-tracking");
        assertThat(body).contains("</details>");
    }
}
