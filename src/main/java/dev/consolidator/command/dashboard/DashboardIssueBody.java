package dev.consolidator.command.dashboard;

import dev.consolidator.text.Plural;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of the "Consolidation dashboard" issue: the hidden marker it is found again by, the phase table and the
 * totals, and one checkbox per next step ({@code - [ ] apply p2}). Also reads which boxes an edit ticked.
 */
public final class DashboardIssueBody {
    public static final String TITLE = "Consolidation dashboard";
    public static final String MARKER = "<!-- consolidator:dashboard -->";
    private static final Pattern BOX = Pattern.compile("^\\s*[-*]\\s+\\[([ xX])]\\s+(apply|recreate|rollback)\\s+(\\S+)\\s*$");

    private DashboardIssueBody() {
    }

    public static String render(RepositoryProgress p) {
        StringBuilder sb = new StringBuilder(MARKER).append('\n')
                .append("### Consolidation progress of `").append(p.repository()).append("`\n\n")
                .append("| # | phase | state | PR | revert PR | approvals | CI | Java files | Java lines |\n")
                .append("|---:|---|---|---|---|---|---|---|---|\n");
        for (PhaseRow r : p.phases()) {
            sb.append("| ").append(r.number()).append(" | `").append(r.id()).append("` ").append(cell(r.title()))
                    .append(" | ").append(r.state())
                    .append(" | ").append(r.pr() == null ? "" : "#" + r.pr())
                    .append(" | ").append(r.revertPr() == null ? "" : "#" + r.revertPr())
                    .append(" | ").append(r.approvalsText())
                    .append(" | ").append(cell(String.join(", ", r.ci())))
                    .append(" | ").append(r.filesBefore() == null ? "" : r.filesBefore() + " → " + r.filesAfter())
                    .append(" | ").append(r.linesBefore() == null ? "" : r.linesBefore() + " → " + r.linesAfter())
                    .append(" |\n");
        }
        Totals t = p.totals();
        sb.append("\n**").append(t.merged()).append(" of ").append(Plural.of(t.phases(), "phase")).append(" merged.**");
        if (t.filesStart() != null) {
            sb.append(" Java files ").append(t.filesText()).append(", lines ").append(t.linesText()).append(";");
        }
        sb.append(' ').append(Plural.of(t.typesMoved(), "type")).append(" moved, ").append(t.typesMerged()).append(" merged, ")
                .append(t.typesDeleted()).append(" deleted; ").append(Plural.of(t.referencesRewritten(), "reference"))
                .append(" rewritten.");
        if (t.forwarders().forwarders() > 0) {
            sb.append(" Forwarders still used: ").append(t.forwarders().text()).append('.');
        }
        sb.append("\n\n#### Next steps\n\n");
        if (p.nextSteps().isEmpty()) {
            sb.append("Nothing waits for a command: review and merge the open pull requests.\n");
        } else {
            sb.append("Tick a box to run the command as yourself, exactly as if you commented it (apply, recreate and"
                    + " rollback need write access). The bot answers here and unticks the box.\n\n");
            p.nextSteps().forEach(s -> sb.append("- [ ] ").append(s.label()).append('\n'));
        }
        return sb.append("\n<sub>Kept up to date by Consolidator; other edits of this description are overwritten."
                + " `dashboard: false` in the plan turns it off.</sub>\n").toString();
    }

    /** Whether a body is the dashboard's (its marker stands on a line of its own). */
    public static boolean isDashboard(String body) {
        return body != null && body.lines().anyMatch(l -> l.strip().equals(MARKER));
    }

    /** The steps whose box is ticked in {@code after} and was there unticked in {@code before}, in body order. */
    public static List<String> newlyTicked(String before, String after) {
        if (before == null || after == null) {
            return List.of();
        }
        List<String> unticked = boxes(before, false);
        List<String> out = new ArrayList<>();
        for (String label : boxes(after, true)) {
            if (unticked.contains(label) && !out.contains(label)) {
                out.add(label);
            }
        }
        return out;
    }

    private static List<String> boxes(String body, boolean ticked) {
        List<String> out = new ArrayList<>();
        body.lines().map(BOX::matcher).filter(Matcher::matches)
                .filter(m -> ticked != m.group(1).equals(" "))
                .forEach(m -> out.add(m.group(2) + " " + m.group(3)));
        return out;
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
