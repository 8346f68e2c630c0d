package dev.consolidator.command;

import dev.consolidator.git.ChangedLines;
import dev.consolidator.git.ChangedText;
import dev.consolidator.git.CloneOrFetch;
import dev.consolidator.git.FetchCommit;
import dev.consolidator.git.GitCredentials;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.git.SyncResult;
import dev.consolidator.git.TreePaths;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.GuardMode;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.transform.guard.ChangedFile;
import dev.consolidator.transform.guard.GuardFinding;
import dev.consolidator.transform.guard.RetiredName;
import dev.consolidator.transform.guard.RetiredNameFinder;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        if (phases.stream().noneMatch(RetiredNames::merged)) {
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
            judge(repo, number, headSha, gh).ifPresent(j -> new GuardReport(gh, ref).report(number, headSha, j.mode(),
                    j.findings()));
            return null;
        });
    }

    private record Judgement(GuardMode mode, List<GuardFinding> findings) {
    }

    /** Empty when there is nothing to report on: no valid plan, guard off, no merged phase, or an unreachable head. */
    private Optional<Judgement> judge(RepoContext repo, int number, String headSha, GitHubClient gh) {
        dev.consolidator.github.GitCredentials c = gh.gitCredentials();
        GitCredentials credentials = new GitCredentials(c.username(), c.password());
        Path dir = services.workDir().resolve("clones").resolve(repo.fullName().replace('/', '_') + ".git");
        if (!(CloneOrFetch.run(repo.cloneUrl(), dir, credentials, services.allowInsecureGit()) instanceof SyncResult.Ready ready)) {
            return Optional.empty();
        }
        try (LocalRepository clone = LocalRepository.open(ready.gitDirectory())) {
            Optional<GuardMode> mode = TreePaths.text(clone, ready.defaultHead(), RepoCheckout.PLAN_PATH)
                    .map(text -> new PlanParser().parse(text, RepoCheckout.PLAN_PATH))
                    .filter(PlanParseResult::isValid).map(p -> p.plan().guard())
                    .filter(m -> m != GuardMode.OFF);
            if (mode.isEmpty()) {
                return Optional.empty();
            }
            List<PhaseRecord> phases = services.phases().list(repo.fullName());
            Set<String> paths = TreePaths.at(clone, ready.defaultHead());
            List<RetiredName> names = RetiredNames.of(phases, services.details(), paths);
            if (names.stream().noneMatch(RetiredName::merged)
                    || !FetchCommit.pullHead(clone, repo.cloneUrl(), credentials, services.allowInsecureGit(), number, headSha)) {
                return Optional.empty();
            }
            Optional<List<ChangedText>> changed = ChangedLines.since(clone, ready.defaultHead(), headSha, Guard::judged);
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            List<ChangedFile> files = changed.get().stream().map(t -> new ChangedFile(t.path(), t.text(), t.lines())).toList();
            return Optional.of(new Judgement(mode.get(),
                    new RetiredNameFinder(names, RetiredNames.emptiedPackages(names, paths)).find(files)));
        }
    }

    /** The files where a name can be used: Java sources (module-info.java among them) and service registrations. */
    static boolean judged(String path) {
        return path.endsWith(".java") || path.contains("META-INF/services/");
    }
}
