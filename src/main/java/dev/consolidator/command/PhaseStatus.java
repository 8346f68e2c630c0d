package dev.consolidator.command;

import dev.consolidator.store.ForwarderUsage;

import java.util.List;

/**
 * One row of the progress table and of {@code GET /api/repos/{owner}/{repo}/phases}: a phase of the plan with what
 * is recorded about it. Phases the bot never touched are {@code pending} with null figures. {@code stale}: the open
 * PR no longer matches the phase on the current default branch; {@code baseCommit}: the commit it is built on;
 * {@code forwarders}: for a phase whose forwarders are on the default branch, how much still uses them (else null).
 */
public record PhaseStatus(String id,
                          String title,
                          String state,
                          Integer pr,
                          Integer revertPr,
                          int approvals,
                          int approvalsNeeded,
                          List<String> ci,
                          Integer filesBefore,
                          Integer filesAfter,
                          Integer linesBefore,
                          Integer linesAfter,
                          boolean stale,
                          String baseCommit,
                          ForwarderUsage forwarders) {
    public PhaseStatus {
        ci = List.copyOf(ci);
    }

    public PhaseStatus(String id, String title, String state, Integer pr, Integer revertPr, int approvals, int approvalsNeeded,
                       List<String> ci, Integer filesBefore, Integer filesAfter, Integer linesBefore, Integer linesAfter) {
        this(id, title, state, pr, revertPr, approvals, approvalsNeeded, ci, filesBefore, filesAfter, linesBefore, linesAfter,
                false, null, null);
    }
}
