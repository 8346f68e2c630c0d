package dev.consolidator.command;

import dev.consolidator.github.CheckAnnotation;
import dev.consolidator.github.CheckRun;
import dev.consolidator.github.CheckRunRequest;
import dev.consolidator.github.CheckRunResult;
import dev.consolidator.github.CommitStatus;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.ReviewStore;
import dev.consolidator.store.ReviewStore.CheckVerdict;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code consolidation} check run on a phase PR's head commit: in progress while the branch is verified, then
 * success or failure with a summary (steps in place, size, approvals, CI) and one annotation per problem.
 * GitHub appends the annotations of every update to a check run, so a run is completed with annotations once: a
 * new verification gets a new run, and reviews or CI results only re-render the summary of the current one.
 * A client on a personal token cannot use the checks API: it reports a commit status of the same name, and the
 * problems in a PR comment the status links to.
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
        Long id = null;
        if (gh.reportsCheckRuns()) {
            // an unfinished run (ours, created before a retry) is reused; a completed one already has its annotations
            id = gh.findCheckRun(repo, headSha, NAME).filter(run -> !"completed".equals(run.status())).map(CheckRun::id)
                    .orElseGet(() -> gh.createCheckRun(repo, new CheckRunRequest(NAME, headSha, null, "phase:" + phase.id())));
        } else {
            gh.setCommitStatus(repo, headSha, new CommitStatus(CommitStatus.State.PENDING, NAME,
                    "Verifying phase " + phase.id(), null));
        }
        PhaseCheck.Verdict verdict = PhaseCheck.verify(services.engine(), headTree, phase, planned);
        CheckVerdict saved = new CheckVerdict(headSha, id, verdict.passed(), verdict.stepsInPlace(), verdict.steps(),
                verdict.annotations().size(), approvalsNeeded);
        if (id == null && !verdict.passed() && record != null && record.prNumber() != null) {
            // a commit status has no room for annotations: the problems go in a comment it links to
            gh.commentOnce(repo, record.prNumber(), problemsMarker(headSha), ProblemsComment.render(phase.id(), headSha,
                    verdict.annotations()));
        }
        complete(gh, repo, phase.id(), record, saved, verdict.annotations());
        recordCheck(record, saved);
        return verdict.passed();
    }

    /**
     * The phase PR is stale and the bot will not rewrite it (people's commits, or a conflict): the check on its head
     * becomes {@code action_required} with the reason and the files (a failed commit status in token mode), and the
     * verdict is recorded as failed so that later reviews never turn it back into success.
     */
    public void actionRequired(GitHubClient gh, RepoRef repo, String phaseId, PhaseRecord record, String headSha,
                               String reason, List<String> files, int approvalsNeeded, String detailsUrl) {
        String title = "Phase " + phaseId + " is stale: " + reason;
        String summary = "Merged into the current default branch, this branch is not what the phase gives there: " + reason
                + ".\n\nFiles:\n" + files.stream().limit(50).map(f -> "- `" + f + "`\n").collect(Collectors.joining())
                + (files.size() > 50 ? "- … and " + (files.size() - 50) + " more\n" : "")
                + "\nComment `/consolidate recreate " + phaseId + "` to rebuild the phase on the current default branch;"
                + " commits pushed by people are kept on a `consolidation/" + phaseId + "-previous-<n>` branch.\n";
        Long id = null;
        if (gh.reportsCheckRuns()) {
            // GitHub expects the details of an action_required check behind its details URL: the comment explaining it
            id = gh.createCheckRun(repo, new CheckRunRequest(NAME, headSha, detailsUrl, "phase:" + phaseId));
            gh.completeCheckRun(repo, id, new CheckRunResult(CheckRunResult.Conclusion.ACTION_REQUIRED, title, summary,
                    null, List.of()));
        } else {
            gh.setCommitStatus(repo, headSha, new CommitStatus(CommitStatus.State.FAILURE, NAME,
                    "Stale: action required, see /consolidate recreate " + phaseId, detailsUrl));
        }
        recordCheck(record, new CheckVerdict(headSha, id, false, 0, 0, Math.max(1, files.size()), approvalsNeeded));
    }

    /** The phase's current check run and the verdict on its head (a phase not recorded yet has neither). */
    private void recordCheck(PhaseRecord record, CheckVerdict verdict) {
        if (record != null) {
            services.phases().update(record.repository(), record.phaseId(), "check_run_id = ?", verdict.checkRunId());
            services.reviews().recordCheck(record.rowId(), verdict, services.clock().instant());
        }
    }

    /**
     * Re-renders the check on the phase's head commit from its recorded verdict (approvals or CI changed, the code
     * did not). Empty when that commit has no recorded check: it must be verified.
     */
    public Optional<CheckVerdict> refresh(GitHubClient gh, RepoRef repo, PhaseRecord record) {
        Optional<CheckVerdict> saved = services.reviews().checkOn(record.rowId(), record.headCommit());
        if (services.bases().isStale(record.rowId(), record.headCommit())) {
            return saved; // the action_required check stays as it is until the phase is recreated
        }
        saved.ifPresent(v -> complete(gh, repo, record.phaseId(), record, v, List.of()));
        return saved;
    }

    private void complete(GitHubClient gh, RepoRef repo, String phaseId, PhaseRecord record, CheckVerdict v,
                          List<CheckAnnotation> annotations) {
        String title = v.passed()
                ? "Phase " + phaseId + " is in place: " + v.steps() + " of " + Plural.of(v.steps(), "step")
                : "Phase " + phaseId + ": " + Plural.of(v.problems(), "problem");
        if (v.checkRunId() != null) {
            gh.completeCheckRun(repo, v.checkRunId(), new CheckRunResult(
                    v.passed() ? CheckRunResult.Conclusion.SUCCESS : CheckRunResult.Conclusion.FAILURE,
                    title, summary(phaseId, record, v), null, annotations));
            return;
        }
        String problems = v.passed() || record == null || record.prNumber() == null ? null
                : gh.findComment(repo, record.prNumber(), problemsMarker(v.headSha())).map(c -> c.htmlUrl()).orElse(null);
        String approvals = record == null ? ""
                : " · approved " + services.reviews().approvalsOn(record.rowId(), v.headSha()) + "/" + v.approvalsNeeded();
        gh.setCommitStatus(repo, v.headSha(), new CommitStatus(v.passed() ? CommitStatus.State.SUCCESS
                : CommitStatus.State.FAILURE, NAME, (v.passed() ? "In place: " + v.steps() + "/" + Plural.of(v.steps(), "step")
                : Plural.of(v.problems(), "problem") + ", listed in a comment") + approvals, problems));
    }

    private static String problemsMarker(String headSha) {
        return CommentCommands.marker("problems:" + headSha);
    }

    private String summary(String phaseId, PhaseRecord record, CheckVerdict v) {
        StringBuilder sb = new StringBuilder();
        sb.append("- Steps in place: ").append(v.stepsInPlace()).append('/').append(v.steps()).append('\n');
        sb.append("- Problems: ").append(v.problems()).append('\n');
        if (record != null) {
            if (record.filesBefore() != null) {
                sb.append("- Java files: ").append(record.filesBefore()).append(" → ").append(record.filesAfter())
                        .append(", lines ").append(record.linesBefore()).append(" → ").append(record.linesAfter()).append('\n');
            }
            int approvals = services.reviews().approvalsOn(record.rowId(), v.headSha());
            sb.append("- Reviews: approved ").append(approvals).append('/').append(v.approvalsNeeded())
                    .append(approvals >= v.approvalsNeeded() ? " ✅" : "").append('\n');
            List<ReviewStore.SuiteResult> suites = services.reviews().suitesOn(record.rowId(), v.headSha());
            sb.append("- CI: ").append(suites.isEmpty() ? "no results yet" : suites.stream()
                    .map(s -> s.app() + " " + s.conclusion()).collect(Collectors.joining(", "))).append('\n');
            sb.append("- Backup: `").append(record.backupBranch()).append("` at `").append(record.baseCommit()).append("`\n");
        }
        sb.append("\nRoll back after merging with `/consolidate rollback ").append(phaseId).append("`.\n");
        return sb.toString();
    }
}
