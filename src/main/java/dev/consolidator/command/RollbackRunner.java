package dev.consolidator.command;

import dev.consolidator.git.CommitLog;
import dev.consolidator.git.DetectMerge;
import dev.consolidator.git.Refs;
import dev.consolidator.git.RevertCommits;
import dev.consolidator.git.RevertResult;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.NewPullRequest;
import dev.consolidator.github.PullRequest;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.store.AppliedPhase;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;

import java.util.List;
import java.util.Optional;

/**
 * {@code /consolidate rollback <phase>}: a revert pull request, never a rewrite of the default branch. Reverts what
 * the phase merged (the merge commit against its first parent, the squash commit, or each rebased commit, newest
 * first) on {@code consolidation/revert/<phase>} from the current default branch head. A conflict pushes nothing.
 */
public final class RollbackRunner {
    private final BotServices services;

    public RollbackRunner(BotServices services) {
        this.services = services;
    }

    public static String branch(String phaseId) {
        return "consolidation/revert/" + phaseId;
    }

    public Outcome run(GitHubClient gh, RepoRef repo, RepoCheckout co, Plan plan, String phaseId) {
        PhaseSelection.Choice choice = PhaseSelection.forRollback(plan, services.phases().list(repo.fullName()), phaseId);
        if (choice instanceof PhaseSelection.Refused refused) {
            return Outcome.refused(refused.reason());
        }
        Phase phase = ((PhaseSelection.Selected) choice).phase();
        PhaseRecord rec = services.phases().find(repo.fullName(), phaseId).orElseThrow();
        if (rec.mergeCommit() == null) {
            return Outcome.refused("Phase `" + phaseId + "` is recorded as merged but without its merge commit, so there is"
                    + " nothing precise to revert. Restore from `" + rec.backupBranch() + "` by hand.");
        }
        List<String> subjects = PhaseSubjects.merged(services, co, rec, Optional.of(phase));
        List<String> toRevert = DetectMerge.of(co.repository(), rec.mergeCommit(), subjects).commitsToRevert();
        String branch = branch(phaseId);
        String head = null;
        for (int attempt = 2; head == null; attempt++) {
            Optional<String> remote = Refs.remoteBranch(co.repository(), branch);
            if (remote.isEmpty()) {
                RevertResult reverted = RevertCommits.onNewBranch(co.repository(), branch, co.head(), toRevert, ApplyRunner.BOT);
                if (reverted instanceof RevertResult.Conflict conflict) {
                    return Outcome.refused(conflictMessage(rec, co, conflict));
                }
                head = reverted instanceof RevertResult.Reverted r ? r.head() : ((RevertResult.BranchExists) reverted).sha();
                ApplyRunner.pushAll(services, gh, co, List.of(branch));
            } else if (revertsThisMerge(co, remote.get(), toRevert)) {
                head = remote.get(); // an earlier attempt of this rollback pushed it: reuse it, never force
            } else {
                branch = branch(phaseId) + "-" + attempt; // the revert branch of an earlier life of the phase
            }
        }
        final String revertBranch = branch;
        PullRequest pr = gh.findPullRequestByHead(repo, revertBranch, false).orElseGet(() -> gh.createPullRequest(repo,
                new NewPullRequest("Revert consolidation " + phaseId + ": " + phase.title(), revertBranch, co.defaultBranch(),
                        body(rec, services.details().mappings(rec.rowId())))));
        services.phases().update(repo.fullName(), phaseId, "state = ?, revert_branch = ?, revert_pr_number = ?, revert_commit = ?",
                PhaseState.REVERTING.label(), revertBranch, pr.number(), head);
        return Outcome.done("Opened " + pr.htmlUrl() + " to roll back phase `" + phaseId + "` (reverts #" + rec.prNumber()
                + "). When it is merged the phase becomes `rolled_back` and can be applied again.");
    }

    /** Whether a branch not yet merged holds reverts of exactly these commits. */
    private static boolean revertsThisMerge(RepoCheckout co, String branchHead, List<String> reverted) {
        List<String> messages = CommitLog.between(co.repository(), co.head(), branchHead, true).stream()
                .map(c -> c.message()).toList();
        return !messages.isEmpty() && reverted.stream().allMatch(sha -> messages.stream()
                .anyMatch(m -> m.contains("This reverts commit " + sha)));
    }

    private static String body(PhaseRecord rec, List<AppliedPhase.MappingRow> mappings) {
        StringBuilder sb = new StringBuilder("Reverts #").append(rec.prNumber()).append("\n\n")
                .append("Rolls back consolidation phase `").append(rec.phaseId()).append("` (merge commit `")
                .append(rec.mergeCommit()).append("`").append(rec.mergeMethod() == null ? "" : ", merged by " + rec.mergeMethod())
                .append(").\n\n### Files it restores\n\n");
        mappings.stream().limit(500).forEach(m -> sb.append("- `").append(m.originalPath()).append("`")
                .append(m.newPath() == null ? " (deleted by the phase)" : " ← `" + m.newPath() + "`").append('\n'));
        if (mappings.size() > 500) {
            sb.append("- … and ").append(mappings.size() - 500).append(" more\n");
        }
        return sb.append("\nThe code as it was before the phase is also kept on branch `").append(rec.backupBranch())
                .append("` at `").append(rec.baseCommit()).append("`.\n").toString();
    }

    private static String conflictMessage(PhaseRecord rec, RepoCheckout co, RevertResult.Conflict conflict) {
        return "Phase `" + rec.phaseId() + "` cannot be reverted cleanly: later work on `" + co.defaultBranch()
                + "` changed the same lines. Nothing was pushed.\n\nConflicting files (reverting `" + conflict.commit()
                + "`):\n" + String.join("\n", conflict.paths().stream().map(p -> "- `" + p + "`").toList())
                + "\n\nThe code before the phase is on branch `" + rec.backupBranch() + "` at `" + rec.baseCommit()
                + "`. To roll back by hand: `git revert -m 1 " + rec.mergeCommit() + "` (or the phase's commits),"
                + " resolve the conflicts in the files above, and open a pull request.";
    }
}
