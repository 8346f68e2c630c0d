package dev.consolidator.events;

import dev.consolidator.command.ApplyRunner;
import dev.consolidator.command.BotServices;
import dev.consolidator.command.RepoCheckout;
import dev.consolidator.command.RepoContext;
import dev.consolidator.command.RepoSession;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.store.PhaseRecord;

import java.util.List;
import java.util.Optional;

/**
 * The {@code consolidation/guard} check on pull requests that are not phase PRs: new uses of names a merged phase
 * retired fail it (or only warn, by the plan's {@code guard} setting). It is fast on big repositories: the bot's
 * clone of the repository is brought up to date incrementally (a fork's PR head is fetched alone, by its
 * {@code refs/pull/<n>/head}), only the PR's diff against its merge base is read, and only the changed lines are
 * judged. A repository without a plan, with {@code guard: off} or without merged phases gets no check at all.
 */
public final class Guard {
    private final BotServices services;
    private final RepoSession session;

    public Guard(BotServices services) {
        this.services = services;
        this.session = new RepoSession(services);
    }

    /** A pull request was opened, reopened or pushed to. */
    public void onPullRequest(RepoContext repo, int number, String headSha, String baseRef) {
        if (headSha == null || baseRef == null || !baseRef.equals(repo.defaultBranch())
                || services.phases().findByPullRequest(repo.fullName(), number).isPresent()) {
            return; // not aimed at the default branch, or one of our own PRs (phase or revert)
        }
        List<PhaseRecord> phases = services.phases().list(repo.fullName());
        if (phases.stream().noneMatch(NamesRetiredByPhases::merged)) {
            return; // nothing retired yet: no check, no clone
        }
        GitHubClient gh = session.gh(repo);
        RepoRef ref = RepoRef.of(repo.fullName());
        // the guard only ever creates completed runs: a run on this head means a redelivery, already answered
        if (gh.reportsCheckRuns() && gh.findCheckRun(ref, headSha, GuardReport.NAME).isPresent()) {
            return;
        }
        session.withLock(repo, () -> {
            if (gh.reportsCheckRuns() && gh.findCheckRun(ref, headSha, GuardReport.NAME).isPresent()) {
                return null; // answered by a job that held the lock before us
            }
            if (services.phases().findByPullRequest(repo.fullName(), number).isPresent()) {
                return null; // a phase PR whose number the apply job (holding the lock) recorded after GitHub told us
            }
            judge(repo, number, headSha, gh).ifPresent(j -> new GuardReport(gh, ref).report(number, headSha, j.mode(),
                    j.findings()));
            return null;
        });
    }

    /** Empty when there is nothing to report on: no valid plan, guard off, no merged phase, or an unreachable head. */
    private Optional<GuardJudge.Judgement> judge(RepoContext repo, int number, String headSha, GitHubClient gh) {
        return GuardJudge.judge(RepoCheckout.cloneDir(services, repo.fullName()), repo.cloneUrl(),
                ApplyRunner.credentials(gh), services.allowInsecureGit(), number, headSha,
                paths -> NamesRetiredByPhases.of(services.phases().list(repo.fullName()), services.details(), paths));
    }
}
