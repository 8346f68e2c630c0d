package dev.consolidator.command;

import dev.consolidator.text.Plural;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.TypeMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a phase pull request: what moved where, the import rewrites, the size before and after, and how to
 * roll back. GitHub refuses bodies over 65,536 characters: long lists are cut with a note, never the mapping summary.
 */
public final class PullRequestBody {
    public static final int GITHUB_LIMIT = 65_536;
    /** Room kept for the parts that are never cut. */
    private static final int BUDGET = GITHUB_LIMIT - 2_000;

    private PullRequestBody() {
    }

    public static String render(PhaseReport r) {
        StringBuilder head = new StringBuilder();
        head.append("## Consolidation phase `").append(r.phaseId()).append("`: ").append(r.title()).append("\n\n");
        if (r.description() != null && !r.description().isBlank()) {
            head.append(r.description().strip()).append("\n\n");
        }
        head.append("### Steps\n\n");
        for (int i = 0; i < r.steps().size(); i++) {
            head.append(i + 1).append(". ").append(r.steps().get(i)).append('\n');
        }
        head.append("\n### Summary\n\n")
                .append("| | before | after |\n|---|---:|---:|\n")
                .append("| Java files | ").append(r.javaFilesBefore()).append(" | ").append(r.javaFilesAfter()).append(" |\n")
                .append("| Java lines | ").append(r.javaLinesBefore()).append(" | ").append(r.javaLinesAfter()).append(" |\n\n")
                .append(DryRunReport.rewrites(r.mappings().size(), r.importChanges().size(), r.referencesRewritten()))
                .append(".\n\n");

        if (!r.exportFiles().isEmpty()) {
            head.append("### Migration exports\n\nThis PR updates ")
                    .append(String.join(" and ", r.exportFiles().stream().map(f -> "`" + f + "`").toList()))
                    .append(" (the plan's `exports:`) with this phase, so code downstream can follow with the"
                            + " OpenRewrite recipe and the migration guide.\n\n");
        }
        StringBuilder tail = new StringBuilder();
        tail.append("### Backup and rollback\n\n")
                .append("The base commit is kept on branch `").append(r.backupBranch()).append("` at `")
                .append(r.backupCommit()).append("`; it is never moved.\n")
                .append("To undo this phase after it is merged, comment `/consolidate rollback ").append(r.phaseId())
                .append("`: the bot opens a revert pull request for review.\n");

        StringBuilder lists = new StringBuilder();
        int budget = BUDGET - head.length() - tail.length();
        lists.append(section("### Mappings\n\n| old type | old file | new type | new file |\n|---|---|---|---|\n",
                r.mappings().stream().map(PullRequestBody::mappingRow).toList(), "mapping", budget / 2));
        if (!r.compatibilityNotes().isEmpty() || !r.warnings().isEmpty()) {
            lists.append(section("### Compatibility notes and warnings\n\n",
                    concat(r.compatibilityNotes(), r.warnings()).stream().map(s -> "- " + s + "\n").toList(),
                    "note", (budget - lists.length()) / 2));
        }
        lists.append(importSection(r.importChanges(), budget - lists.length()));
        return head.append(lists).append(tail).toString();
    }

    private static String mappingRow(TypeMapping m) {
        return "| `" + m.originalType() + "` | `" + m.originalPath() + "` | "
                + (m.newType() == null ? "_deleted_" : "`" + m.newType() + "`") + " | "
                + (m.newPath() == null ? "" : "`" + m.newPath() + "`") + " |\n";
    }

    private static String importSection(List<ImportChange> changes, int budget) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (ImportChange c : changes) {
            String line = c.oldImport() == null ? "added `" + c.newImport() + "`"
                    : c.newImport() == null ? "removed `" + c.oldImport() + "`"
                    : "`" + c.oldImport() + "` → `" + c.newImport() + "`";
            byFile.computeIfAbsent(c.file(), f -> new java.util.ArrayList<>()).add(line);
        }
        List<String> rows = byFile.entrySet().stream().map(e -> "- `" + e.getKey() + "`: " + String.join("; ", e.getValue()) + "\n").toList();
        String open = "### Import rewrites\n\n" + Plural.of(changes.size(), "import rewrite") + " in "
                + Plural.of(byFile.size(), "file") + ".\n\n<details><summary>Per file</summary>\n\n";
        return section(open, rows, "file", budget - 40) + "</details>\n\n";
    }

    /** A heading and its rows, cut with a note once the budget is spent (the note says how many {@code noun}s were left out). */
    private static String section(String heading, List<String> rows, String noun, int budget) {
        StringBuilder sb = new StringBuilder(heading);
        int shown = 0;
        for (String row : rows) {
            if (sb.length() + row.length() > budget - 120) {
                break;
            }
            sb.append(row);
            shown++;
        }
        if (shown < rows.size()) {
            sb.append("\n_… and ").append(rows.size() - shown).append(" more ").append(Plural.word(rows.size() - shown, noun))
                    .append(" not shown (GitHub limits a PR body to 65,536 characters); `/consolidate status` and the")
                    .append(" API list them all._\n");
        }
        return sb.append('\n').toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
