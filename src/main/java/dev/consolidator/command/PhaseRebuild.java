package dev.consolidator.command;

import dev.consolidator.git.ForcePushWithLease;
import dev.consolidator.git.GitException;
import dev.consolidator.git.PushOutcome;
import dev.consolidator.git.Refs;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Builds a phase PR again on the current default-branch head: the phase applied anew, the phase branch replaced by a
 * force push leased on the head we saw (if it moved meanwhile nothing is overwritten and the job fails, to run
 * again), the new base recorded, the PR body re-rendered, one comment saying what changed, and a new check. The
 * approvals given on the old head do not count for the new one (they are counted per head commit).
 */
public final class PhaseRebuild {
    private final BotServices services;

    public PhaseRebuild(BotServices services) {
        this.services = services;
    }

    public sealed interface Result {
    }

    public record Rebuilt(String oldBase, String newBase, String newHead) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    /** The lease was lost: someone pushed to the phase branch while we rebuilt it. */
    static final class LeaseLostException extends GitException {
        LeaseLostException(String message) {
            super(message);
        }
    }

    public Result run(GitHubClient gh, RepoRef repo, RepoCheckout co, Plan plan, Phase phase, PhaseRecord rec, String leaseHead,
               String reason) {
        PhaseResult result = services.engine().run(co.tree(), phase);
        if (result.hasProblems()) {
            return new Refused("The phase no longer applies cleanly to `" + co.defaultBranch() + "`:\n\n"
                    + DryRunReport.render(List.of(result), 1));
        }
        if (result.alreadyApplied()) {
            return new Refused("Phase `" + phase.id() + "` is already in place on `" + co.defaultBranch() + "`.");
        }
        String work = "consolidator-work/rebuild/" + phase.id() + "/" + UUID.randomUUID();
        PhaseCommits.Written written = PhaseCommits.write(co.repository(), result, co.head(), work, ApplyRunner.BOT);
        PushOutcome pushed = ForcePushWithLease.run(co.repository(), written.head(), rec.phaseBranch(), leaseHead,
                ApplyRunner.credentials(gh), services.allowInsecureGit());
        if (!pushed.succeeded()) {
            throw new LeaseLostException("the phase branch " + rec.phaseBranch() + " moved while phase " + phase.id()
                    + " was rebuilt (expected " + leaseHead + "): nothing was overwritten; the job runs again ("
                    + pushed.status() + " " + pushed.message() + ")");
        }
        List<String> newlyRewritten = newlyRewritten(co, rec.baseCommit(), leaseHead, result);
        services.phases().update(repo.fullName(), phase.id(), "base_commit = ?, head_commit = ?, state = ?, files_before = ?,"
                        + " files_after = ?, lines_before = ?, lines_after = ?, references_rewritten = ?", co.head(),
                written.head(), PhaseState.OPEN.label(), result.metrics().javaFilesBefore(), result.metrics().javaFilesAfter(),
                result.metrics().javaLinesBefore(), result.metrics().javaLinesAfter(), result.metrics().referencesRewritten());
        services.bases().record(rec.rowId(), co.head(), written.head(), reason);
        PhaseRecord now = services.phases().find(repo.fullName(), phase.id()).orElseThrow();
        String backupCommit = Refs.remoteBranch(co.repository(), rec.backupBranch()).orElse(rec.baseCommit());
        gh.updatePullRequestBody(repo, rec.prNumber(), PullRequestBody.render(PhaseReports.of(result, rec.backupBranch(),
                backupCommit)));
        gh.commentOnce(repo, rec.prNumber(), CommentCommands.marker("rebuilt:" + phase.id() + ":" + co.head()),
                comment(co, phase, rec.baseCommit(), newlyRewritten, reason));
        new CheckRuns(services).report(gh, repo, phase, now, written.head(), co.treeAt(written.head()), result.mappings(),
                plan.approvals());
        boolean approved = services.reviews().approvalsOn(now.rowId(), written.head()) >= plan.approvals();
        services.phases().setState(repo.fullName(), phase.id(), approved ? PhaseState.APPROVED : PhaseState.OPEN);
        return new Rebuilt(rec.baseCommit(), co.head(), written.head());
    }

    private static String comment(RepoCheckout co, Phase phase, String oldBase, List<String> files, String reason) {
        StringBuilder sb = new StringBuilder("Rebuilt phase `").append(phase.id()).append("` on the current `")
                .append(co.defaultBranch()).append("` (").append(reason).append(").\n\n")
                .append("- Base: `").append(oldBase, 0, 12).append("` → `").append(co.head(), 0, 12).append("`\n");
        if (files.isEmpty()) {
            sb.append("- No file is newly rewritten.\n");
        } else {
            sb.append("- Newly rewritten files:\n");
            files.stream().limit(100).forEach(f -> sb.append("  - `").append(f).append("`\n"));
            if (files.size() > 100) {
                sb.append("  - … and ").append(files.size() - 100).append(" more\n");
            }
        }
        return sb.append("\nApprovals given before this rebuild do not count for the new head: please review again.\n").toString();
    }

    /** Files the new result changes that the old branch did not change. */
    private static List<String> newlyRewritten(RepoCheckout co, String oldBase, String oldHead, PhaseResult result) {
        TreeSet<String> before = Staleness.differences(co.treeAt(oldBase), co.treeAt(oldHead));
        TreeSet<String> now = new TreeSet<>();
        for (StepResult s : result.steps()) {
            now.addAll(s.changes().touchedPaths());
        }
        now.removeAll(before);
        return List.copyOf(now);
    }
}
