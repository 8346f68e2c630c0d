package dev.consolidator.command;

import dev.consolidator.git.BranchResult;
import dev.consolidator.git.CommitLog;
import dev.consolidator.git.CreateBranch;
import dev.consolidator.git.FileManifest;
import dev.consolidator.git.HttpsCredentials;
import dev.consolidator.git.GitException;
import dev.consolidator.git.GitIdentity;
import dev.consolidator.git.PushBranches;
import dev.consolidator.git.PushOutcome;
import dev.consolidator.git.Refs;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.NewPullRequest;
import dev.consolidator.github.PullRequest;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.engine.PhaseResult;

import java.util.List;
import java.util.Optional;

/**
 * {@code /consolidate apply [phase]}: backup branch at the base commit, phase branch with one commit per step, the
 * pull request and its check run, all recorded. Every write looks up before it creates, so a retried job never
 * opens a second branch, PR or comment.
 */
public final class ApplyRunner {
    static final GitIdentity BOT = new GitIdentity("consolidator[bot]", "consolidator[bot]@users.noreply.github.com");

    private final BotServices services;

    public ApplyRunner(BotServices services) {
        this.services = services;
    }

    public Outcome run(GitHubClient gh, RepoRef repo, RepoCheckout co, Plan plan, Optional<String> requested) {
        List<PhaseRecord> recorded = services.phases().list(repo.fullName());
        PhaseSelection.Choice choice = PhaseSelection.forApply(plan, recorded, requested);
        if (choice instanceof PhaseSelection.Refused refused) {
            return Outcome.refused(refused.reason());
        }
        PhaseSelection.Selected selected = (PhaseSelection.Selected) choice;
        Phase phase = selected.phase();
        PhaseResult result = services.engine().run(co.tree(), phase);
        if (result.hasProblems()) {
            return Outcome.refused("The dry run of phase `" + phase.id() + "` has problems, so nothing was pushed:\n\n"
                    + DryRunReport.render(List.of(result), 1));
        }
        if (result.alreadyApplied()) {
            return Outcome.refused("Phase `" + phase.id() + "` is already in place on `" + co.defaultBranch()
                    + "`: there is nothing to change.");
        }
        AppliedPhases.Branches planned = AppliedPhases.Branches.of(co.defaultBranch(), phase.id());
        BranchResult backup = CreateBranch.at(co.repository(), planned.backup(), co.head());
        String backupCommit = backup instanceof BranchResult.AlreadyExisted kept ? kept.sha() : co.head();
        Written w = writePhaseBranch(co, result, planned);
        AppliedPhases.Branches branches = w.branches();
        pushAll(services, gh, co, List.of(branches.backup(), branches.phase()));
        PullRequest pr = gh.findPullRequestByHead(repo, branches.phase(), false).orElseGet(() -> gh.createPullRequest(repo,
                new NewPullRequest("Consolidation " + phase.id() + ": " + phase.title(), branches.phase(), co.defaultBranch(),
                        PullRequestBody.render(PhaseReports.of(result, branches.backup(), backupCommit)))));
        services.recorder().record(AppliedPhases.of(repo.fullName(), selected.index(), result, PhaseState.OPEN, branches,
                co.head(), w.written(), pr.number(), FileManifest.ofCommit(co.repository(), co.head())));
        PhaseRecord record = services.phases().find(repo.fullName(), phase.id()).orElseThrow();
        services.bases().record(record.rowId(), co.head(), w.written().head(), "applied");
        boolean sound = new CheckRuns(services).report(gh, repo, phase, record, w.written().head(),
                co.treeAt(w.written().head()), result.mappings(), plan.approvals());
        return Outcome.done("Opened " + pr.htmlUrl() + " for phase `" + phase.id() + "`: " + phase.title() + "\n\n"
                + "- Java files " + result.metrics().javaFilesBefore() + " → " + result.metrics().javaFilesAfter()
                + ", lines " + result.metrics().javaLinesBefore() + " → " + result.metrics().javaLinesAfter() + "\n"
                + "- " + DryRunReport.rewrites(result.mappings().size(), result.importChanges().size(),
                        result.metrics().referencesRewritten()) + "\n"
                + "- Check `" + CheckRuns.NAME + "`: " + (sound ? "success" : "failure") + "\n"
                + "- Backup: `" + branches.backup() + "` at `" + backupCommit + "`\n"
                + "It needs " + Plural.of(plan.approvals(), "approving review") + "; once merged, `/consolidate apply` opens the next phase.");
    }

    private record Written(AppliedPhases.Branches branches, PhaseCommits.Written written) {
    }

    /**
     * Writes the phase branch. A branch of the same name already on the remote (an earlier attempt of this job, or
     * an abandoned PR) is reused when it holds exactly this result, else a fresh name is taken: never a force push.
     */
    private Written writePhaseBranch(RepoCheckout co, PhaseResult result, AppliedPhases.Branches branches) {
        for (int attempt = 1; ; attempt++) {
            String name = attempt == 1 ? branches.phase() : branches.phase() + "-" + attempt;
            AppliedPhases.Branches b = new AppliedPhases.Branches(branches.base(), name, branches.backup());
            Optional<String> remote = Refs.remoteBranch(co.repository(), name);
            String local = "consolidator-work/" + name;
            PhaseCommits.Written written = PhaseCommits.write(co.repository(), result, co.head(), remote.isPresent() ? local : name, BOT);
            if (remote.isEmpty()) {
                return new Written(b, written);
            }
            String remoteTree = CommitLog.commit(co.repository(), remote.get()).tree();
            if (remoteTree.equals(CommitLog.commit(co.repository(), written.head()).tree()) && startsAt(co, remote.get())) {
                CreateBranch.at(co.repository(), name, remote.get());
                return new Written(b, new PhaseCommits.Written(remote.get(), remoteStepCommits(co, remote.get(), written)));
            }
        }
    }

    /** Whether the branch was built on the current default head (a branch of an earlier life of the phase was not). */
    private static boolean startsAt(RepoCheckout co, String branchHead) {
        List<dev.consolidator.git.CommitInfo> commits = CommitLog.between(co.repository(), co.head(), branchHead, true);
        return !commits.isEmpty() && commits.get(0).parents().size() == 1 && commits.get(0).parents().get(0).equals(co.head());
    }

    /** The remote branch's commits in place of the local ones they equal, step by step. */
    private static List<String> remoteStepCommits(RepoCheckout co, String remoteHead, PhaseCommits.Written local) {
        List<String> remote = CommitLog.between(co.repository(), co.head(), remoteHead, true).stream().map(c -> c.sha()).toList();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int next = 0;
        for (String commit : local.stepCommits()) {
            out.add(commit == null || next >= remote.size() ? null : remote.get(next++));
        }
        return out;
    }

    /** Pushes the branches; a refused push is an infrastructure failure (the job runs again, looking up first). */
    static void pushAll(BotServices services, GitHubClient gh, RepoCheckout co, List<String> branches) {
        List<PushOutcome> pushed = PushBranches.run(co.repository(), branches, credentials(gh),
                services.allowInsecureGit());
        for (PushOutcome p : pushed) {
            if (!p.succeeded()) {
                throw new GitException("push of " + p.branch() + " was refused: " + p.status() + " " + p.message());
            }
        }
    }

    public static HttpsCredentials credentials(GitHubClient gh) {
        var c = gh.gitCredentials();
        return new HttpsCredentials(c.username(), c.password());
    }
}
