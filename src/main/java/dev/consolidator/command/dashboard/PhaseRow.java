package dev.consolidator.command.dashboard;

import java.util.List;

/**
 * One phase as the dashboards show it. {@code state} is what a person reads (planned, open, stale, failed, approved,
 * merged, closed, rolling back, rolled back); {@code recordedState} the stored label it comes from.
 */
public record PhaseRow(int number,
                       String id,
                       String title,
                       String state,
                       String recordedState,
                       Integer pr,
                       Integer revertPr,
                       int approvals,
                       int approvalsNeeded,
                       List<String> ci,
                       String baseCommit,
                       String headCommit,
                       Integer filesBefore,
                       Integer filesAfter,
                       Integer linesBefore,
                       Integer linesAfter) {
    public PhaseRow {
        ci = List.copyOf(ci);
    }

    /** "n/N" once the phase has a pull request, empty before. */
    public String approvalsText() {
        return pr == null ? "" : approvals + "/" + approvalsNeeded;
    }

    public static String shortSha(String sha) {
        return sha == null ? "" : sha.substring(0, Math.min(12, sha.length()));
    }
}
