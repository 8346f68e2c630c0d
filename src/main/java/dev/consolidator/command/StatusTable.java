package dev.consolidator.command;

import dev.consolidator.text.Plural;

import java.util.List;
import java.util.Locale;

/** The progress table the bot comments: every phase in plan order, and how far the consolidation has come. */
public final class StatusTable {
    private StatusTable() {
    }

    public static String render(String repository, List<PhaseStatus> phases) {
        StringBuilder sb = new StringBuilder("### Consolidation progress of `").append(repository).append("`\n\n");
        if (phases.isEmpty()) {
            return sb.append("The plan has no phases.\n").toString();
        }
        sb.append("| # | phase | state | PR | revert PR | approvals | CI | Java files | Java lines |\n")
                .append("|---:|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < phases.size(); i++) {
            PhaseStatus p = phases.get(i);
            sb.append("| ").append(i + 1).append(" | `").append(p.id()).append("` ").append(escape(p.title()))
                    .append(" | ").append(p.state()).append(p.stale() ? " (stale)" : "").append(base(p))
                    .append(" | ").append(p.pr() == null ? "" : "#" + p.pr())
                    .append(" | ").append(p.revertPr() == null ? "" : "#" + p.revertPr())
                    .append(" | ").append(p.pr() == null ? "" : p.approvals() + "/" + p.approvalsNeeded())
                    .append(" | ").append(String.join(", ", p.ci()))
                    .append(" | ").append(range(p.filesBefore(), p.filesAfter()))
                    .append(" | ").append(range(p.linesBefore(), p.linesAfter())).append(" |\n");
        }
        return sb.append('\n').append(totals(phases)).append('\n').append(forwarders(phases)).toString();
    }

    /**
     * The phases whose forwarders are on the default branch, with how many files and lines still use them: a phase
     * at zero can have its forwarders removed. Empty when no phase has any.
     */
    static String forwarders(List<PhaseStatus> phases) {
        List<PhaseStatus> with = phases.stream().filter(p -> p.forwarders() != null).toList();
        if (with.isEmpty()) {
            return "";
        }
        String commit = with.get(0).forwarders().commit();
        StringBuilder sb = new StringBuilder("\n#### Compatibility forwarders still in use\n\nOn the default branch at `")
                .append(commit, 0, Math.min(12, commit.length())).append("`, code that still names an old (forwarded)"
                        + " type. A phase at 0 can drop its forwarders with a later `removeForwarders: {phase: <id>}` step.\n\n")
                .append("| phase | forwarders | files using them | lines using them |\n|---|---:|---:|---:|\n");
        for (PhaseStatus p : with) {
            sb.append("| `").append(p.id()).append("` | ").append(p.forwarders().forwarders()).append(" | ")
                    .append(p.forwarders().files()).append(" | ").append(p.forwarders().lines()).append(" |\n");
        }
        return sb.toString();
    }

    /** Files reduced by merged phases, and as a share of the Java files the first recorded phase started from. */
    static String totals(List<PhaseStatus> phases) {
        Integer start = phases.stream().map(PhaseStatus::filesBefore).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        long merged = phases.stream().filter(p -> "merged".equals(p.state())).count();
        int reduced = phases.stream().filter(p -> "merged".equals(p.state()) && p.filesBefore() != null && p.filesAfter() != null)
                .mapToInt(p -> p.filesBefore() - p.filesAfter()).sum();
        String share = start == null || start == 0 ? "" : String.format(Locale.ROOT, " (%.1f%% of %d)", 100.0 * reduced / start, start);
        return "**" + merged + " of " + Plural.of(phases.size(), "phase") + " merged; Java files reduced by " + reduced + share + ".**";
    }

    /** The commit an open phase PR is built on (merged phases are on the default branch: no base to show). */
    private static String base(PhaseStatus p) {
        boolean open = "open".equals(p.state()) || "approved".equals(p.state());
        return !open || p.baseCommit() == null ? "" : " on `" + p.baseCommit().substring(0, Math.min(12, p.baseCommit().length())) + "`";
    }

    private static String range(Integer before, Integer after) {
        return before == null || after == null ? "" : before + " → " + after;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }
}
