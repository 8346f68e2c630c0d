package dev.consolidator.events;

import dev.consolidator.command.AppliedPhases;
import dev.consolidator.command.BotServices;
import dev.consolidator.command.CheckRuns;
import dev.consolidator.command.CommentCommands;
import dev.consolidator.command.PhaseSubjects;
import dev.consolidator.command.Progress;
import dev.consolidator.command.RepoContext;
import dev.consolidator.command.RepoSession;
import dev.consolidator.command.StatusTable;
import dev.consolidator.command.dashboard.Burndown;
import dev.consolidator.git.DetectMerge;
import dev.consolidator.git.MergePreview;
import dev.consolidator.git.MergedAs;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.store.BurndownStore;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.ReviewStore;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What happens to phase pull requests after they are opened: pushes re-run the check, reviews and CI results are
 * recorded, merges and closes move the phase along. A PR is a phase PR only if we recorded its number for that
 * repository: a branch name alone proves nothing.
 */
public final class PhaseEvents {
    private final BotServices services;
    private final RepoSession session;

    public PhaseEvents(BotServices services) {
        this.services = services;
        this.session = new RepoSession(services);
    }

    /** Someone pushed to a phase PR: approvals given on the old head no longer count, and the check runs again. */
    public void onPush(RepoContext repo, int prNumber, String headSha) {
        Optional<PhaseRecord> rec = phasePr(repo, prNumber).filter(PhaseEvents::underReview);
        if (rec.isEmpty() || headSha.equals(rec.get().headCommit())) {
            return; // not ours, no longer under review, or the push we made ourselves (already checked)
        }
        services.phases().update(repo.fullName(), rec.get().phaseId(), "head_commit = ?, state = ?", headSha,
                PhaseState.OPEN.label());
        recheck(repo, rec.get().phaseId(), headSha);
    }

    /**
     * The {@code consolidation} check run {@code runId} was re-requested on a commit of a phase PR: verified again into
     * a new run, unless a run newer than it already exists (the re-request was answered by an earlier delivery).
     */
    public void onRerequest(RepoContext repo, List<Integer> prNumbers, String headSha, long runId) {
        prNumbers.stream().map(n -> phasePr(repo, n)).flatMap(Optional::stream).findFirst()
                .or(() -> services.phases().list(repo.fullName()).stream().filter(p -> headSha.equals(p.headCommit())).findFirst())
                .ifPresent(p -> recheck(repo, p.phaseId(), headSha, runId));
    }

    /** The default branch moved: open phase PRs are checked for staleness (rebuilt, or action asked for). */
    public void onDefaultBranchPush(RepoContext repo) {
        new StalePhases(services).onDefaultBranchPush(repo);
    }

    /** A review on a phase PR: recorded, counted only from writers; the phase is approved once enough count. */
    public void onReview(RepoContext repo, int prNumber, long reviewId, String reviewer, String state, String commitId, Instant at) {
        Optional<PhaseRecord> rec = phasePr(repo, prNumber);
        if (rec.isEmpty()) {
            return;
        }
        boolean counted = session.gh(repo).permission(RepoRef.of(repo.fullName()), reviewer).canWrite();
        services.reviews().recordReview(rec.get().rowId(), new ReviewStore.Review(reviewId, reviewer,
                state.toLowerCase(Locale.ROOT), commitId, counted, at));
        refreshOrRecheck(repo, rec.get().phaseId());
    }

    /** The repository's own CI finished on a phase PR head: recorded per app, shown next to the approvals. */
    public void onSuite(RepoContext repo, List<Integer> prNumbers, long suiteId, String app, String headSha, String conclusion) {
        for (int n : prNumbers) {
            Optional<PhaseRecord> rec = phasePr(repo, n);
            if (rec.isPresent()) {
                services.reviews().recordSuite(rec.get().rowId(), new ReviewStore.SuiteResult(suiteId, app, headSha, conclusion),
                        services.clock().instant());
                if (underReview(rec.get()) && headSha.equals(rec.get().headCommit())) {
                    refreshOrRecheck(repo, rec.get().phaseId());
                }
            }
        }
    }

    /**
     * Approvals or CI results changed on a phase PR, its code did not: the check's summary is re-rendered from the
     * verdict recorded for the head commit (no clone, no engine run); a head never checked is verified.
     */
    private void refreshOrRecheck(RepoContext repo, String phaseId) {
        Optional<PhaseRecord> unchecked = session.withLock(repo, () -> {
            PhaseRecord rec = services.phases().find(repo.fullName(), phaseId).orElseThrow();
            Optional<ReviewStore.CheckVerdict> checked = new CheckRuns(services).refresh(session.gh(repo), RepoRef.of(repo.fullName()), rec);
            checked.ifPresent(v -> settleApproval(repo, rec, v.approvalsNeeded()));
            return checked.isPresent() ? Optional.<PhaseRecord>empty() : Optional.of(rec);
        });
        unchecked.ifPresent(rec -> recheck(repo, phaseId, rec.headCommit()));
    }

    /** Moves a phase under review between open and approved by the approvals on its current head. */
    private void settleApproval(RepoContext repo, PhaseRecord rec, int needed) {
        if (underReview(rec)) {
            boolean approved = services.reviews().approvalsOn(rec.rowId(), rec.headCommit()) >= needed;
            services.phases().setState(repo.fullName(), rec.phaseId(), approved ? PhaseState.APPROVED : PhaseState.OPEN);
        }
    }

    /** A phase PR or a revert PR was closed, merged or not. */
    public void onClosed(RepoContext repo, int prNumber, boolean merged, String mergeCommitSha) {
        Optional<PhaseRecord> found = services.phases().findByPullRequest(repo.fullName(), prNumber);
        if (found.isEmpty()) {
            return; // not a PR we opened
        }
        PhaseRecord rec = found.get();
        if (rec.revertPrNumber() != null && rec.revertPrNumber() == prNumber) {
            if (rec.state() == PhaseState.REVERTING) {
                if (merged) {
                    session.withCheckout(repo, session.gh(repo), (co, plan) -> {
                        new Burndown(services.burndown()).record(co, rec, BurndownStore.ROLLED_BACK, mergeCommitSha);
                        return null;
                    });
                }
                services.phases().setState(repo.fullName(), rec.phaseId(), merged ? PhaseState.ROLLED_BACK : PhaseState.MERGED);
                commentProgress(repo, prNumber);
            }
            return;
        }
        if (!underReview(rec) && !(merged && rec.state() == PhaseState.ABANDONED)) {
            return; // a redelivery (a merge after a close whose reopening we missed still counts)
        }
        if (!merged) {
            services.phases().setState(repo.fullName(), rec.phaseId(), PhaseState.ABANDONED);
            return;
        }
        GitHubClient gh = session.gh(repo);
        String method = session.withCheckout(repo, gh, (co, plan) -> {
            List<String> subjects = PhaseSubjects.merged(services, co, rec, plan.flatMap(p -> p.phase(rec.phaseId())));
            MergedAs as = DetectMerge.of(co.repository(), mergeCommitSha, subjects);
            new Burndown(services.burndown()).record(co, rec, BurndownStore.MERGED, mergeCommitSha);
            return as instanceof MergedAs.MergeCommit ? "merge" : as instanceof MergedAs.Squash ? "squash" : "rebase";
        }).orElse(null);
        services.phases().update(repo.fullName(), rec.phaseId(), "state = ?, merge_commit = ?, merge_method = ?, merged_at = ?",
                PhaseState.MERGED.label(), mergeCommitSha, method, services.clock().instant());
        commentProgress(repo, prNumber);
    }

    /** A closed phase PR was reopened: the phase is under review again (its check runs on the current head). */
    public void onReopened(RepoContext repo, int prNumber, String headSha) {
        Optional<PhaseRecord> rec = phasePr(repo, prNumber).filter(r -> r.state() == PhaseState.ABANDONED);
        if (rec.isEmpty()) {
            return;
        }
        services.phases().update(repo.fullName(), rec.get().phaseId(), "state = ?, head_commit = ?", PhaseState.OPEN.label(), headSha);
        recheck(repo, rec.get().phaseId(), headSha);
    }

    static boolean underReview(PhaseRecord r) {
        return r.state() == PhaseState.OPEN || r.state() == PhaseState.APPROVED;
    }

    /** Re-verifies a phase on a commit and reports it as the check run; also moves open ⇄ approved. */
    public void recheck(RepoContext repo, String phaseId, String headSha) {
        recheck(repo, phaseId, headSha, 0);
    }

    private void recheck(RepoContext repo, String phaseId, String headSha, long rerunOf) {
        GitHubClient gh = session.gh(repo);
        session.withCheckout(repo, gh, (co, plan) -> {
            if (rerunOf > 0 && gh.findCheckRun(RepoRef.of(repo.fullName()), headSha, CheckRuns.NAME)
                    .filter(run -> run.id() > rerunOf).isPresent()) {
                return null; // already re-run
            }
            PhaseRecord rec = services.phases().find(repo.fullName(), phaseId).orElseThrow();
            Optional<Phase> phase = plan.flatMap(p -> p.phase(phaseId));
            if (phase.isEmpty()) {
                return null; // the plan on the default branch no longer has this phase (or is invalid): nothing to verify
            }
            int needed = plan.get().approvals();
            settleApproval(repo, rec, needed); // approval is for the PR's current head, whatever commit this check runs on
            // verified on the merge with the current default branch: a stale phase is never a success
            MergePreview.Result merge = MergePreview.of(co.repository(), co.head(), headSha);
            if (merge instanceof MergePreview.Conflicts c) {
                new CheckRuns(services).actionRequired(gh, RepoRef.of(repo.fullName()), phaseId, rec, headSha,
                        "the branch conflicts with `" + co.defaultBranch() + "`", c.paths(), needed, null);
                return null;
            }
            new CheckRuns(services).report(gh, RepoRef.of(repo.fullName()), phase.get(), rec, headSha,
                    co.treeAt(((MergePreview.Clean) merge).commit()), AppliedPhases.mappings(services.details(), rec),
                    needed);
            return null;
        });
    }

    private void commentProgress(RepoContext repo, int prNumber) {
        GitHubClient gh = session.gh(repo);
        String table = session.withCheckout(repo, gh, (co, plan) -> StatusTable.render(repo.fullName(),
                Progress.counted(services, co, repo.fullName(), plan.orElse(null)))).orElseThrow();
        gh.commentOnce(RepoRef.of(repo.fullName()), prNumber, CommentCommands.marker("progress:" + prNumber), table);
    }

    private Optional<PhaseRecord> phasePr(RepoContext repo, int prNumber) {
        return services.phases().findByPullRequest(repo.fullName(), prNumber)
                .filter(r -> r.prNumber() != null && r.prNumber() == prNumber);
    }
}
