package dev.consolidator.command;

import dev.consolidator.github.CheckRunRequest;
import dev.consolidator.github.CheckRunResult;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.ReviewStore;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code consolidation} check run on a phase PR's head commit: in progress while the branch is verified, then
 * success or failure with a summary (steps in place, size, approvals, CI) and one annotation per problem.
 */
public final class CheckRuns {
    public static final String NAME = "consolidation";

    private final BotServices services;

    public CheckRuns(BotServices services) {
        this.services = services;
    }

    /** Verifies the phase on {@code headTree} and reports it on {@code headSha}; returns whether it passed. */
    public boolean report(GitHubClient gh, RepoRef repo, Phase phase, PhaseRecord record, String headSha,
                          SourceTree headTree, List<TypeMapping> planned, int approvalsNeeded) {
        long id = gh.findCheckRun(repo, headSha, NAME).map(c -> c.id())
                .orElseGet(() -> gh.createCheckRun(repo, new CheckRunRequest(NAME, headSha, null, "phase:" + phase.id())));
        PhaseCheck.Verdict verdict = PhaseCheck.verify(services.engine(), headTree, phase, planned);
        String summary = summary(phase, record, headSha, verdict, approvalsNeeded);
        String title = verdict.passed()
                ? "Phase " + phase.id() + " is in place: " + verdict.steps() + " of " + verdict.steps() + " steps"
                : "Phase " + phase.id() + ": " + verdict.annotations().size() + " problem(s)";
        gh.completeCheckRun(repo, id, new CheckRunResult(
                verdict.passed() ? CheckRunResult.Conclusion.SUCCESS : CheckRunResult.Conclusion.FAILURE,
                title, summary, null, verdict.annotations()));
        if (record != null) {
            services.phases().update(record.repository(), record.phaseId(), "check_run_id = ?", id);
        }
        return verdict.passed();
    }

    private String summary(Phase phase, PhaseRecord record, String headSha, PhaseCheck.Verdict verdict, int approvalsNeeded) {
        StringBuilder sb = new StringBuilder();
        sb.append("- Steps in place: ").append(verdict.stepsInPlace()).append('/').append(verdict.steps()).append('\n');
        sb.append("- Problems: ").append(verdict.annotations().size()).append('\n');
        if (record != null) {
            if (record.filesBefore() != null) {
                sb.append("- Java files: ").append(record.filesBefore()).append(" → ").append(record.filesAfter())
                        .append(", lines ").append(record.linesBefore()).append(" → ").append(record.linesAfter()).append('\n');
            }
            int approvals = services.reviews().approvalsOn(record.rowId(), headSha);
            sb.append("- Reviews: approved ").append(approvals).append('/').append(approvalsNeeded)
                    .append(approvals >= approvalsNeeded ? " ✅" : "").append('\n');
            List<ReviewStore.SuiteResult> suites = services.reviews().suitesOn(record.rowId(), headSha);
            sb.append("- CI: ").append(suites.isEmpty() ? "no results yet" : suites.stream()
                    .map(s -> s.app() + " " + s.conclusion()).collect(Collectors.joining(", "))).append('\n');
            sb.append("- Backup: `").append(record.backupBranch()).append("` at `").append(record.baseCommit()).append("`\n");
        }
        sb.append("\nRoll back after merging with `/consolidate rollback ").append(phase.id()).append("`.\n");
        return sb.toString();
    }
}
