package dev.consolidator.events;

import dev.consolidator.command.RepoCheckout;
import dev.consolidator.git.ChangedLines;
import dev.consolidator.git.ChangedText;
import dev.consolidator.git.CloneOrFetch;
import dev.consolidator.git.FetchCommit;
import dev.consolidator.git.HttpsCredentials;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.git.SyncResult;
import dev.consolidator.git.TreePaths;
import dev.consolidator.plan.GuardMode;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.transform.guard.ChangedFile;
import dev.consolidator.transform.guard.GuardFinding;
import dev.consolidator.transform.guard.RetiredName;
import dev.consolidator.transform.guard.RetiredNameFinder;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The guard's work on one pull request head, without GitHub: the repository's clone is brought up to date
 * incrementally (the bot's clone is kept between jobs, so only new objects travel), the PR head is fetched alone
 * when the branches did not bring it, the plan is read from the default branch, and only the files the PR changed
 * since its merge base with the default branch are read and judged, on their changed lines.
 */
public final class GuardJudge {
    private GuardJudge() {
    }

    /** The plan's guard mode and what was found; {@code filesJudged} is how many changed files were read. */
    public record Judgement(GuardMode mode, List<GuardFinding> findings, int filesJudged) {
    }

    /**
     * @param retiredNames the retired names, given the paths on the default branch (to tell forwarders)
     * @return empty when there is nothing to report on: no valid plan, guard off, no merged phase, no such head
     */
    public static Optional<Judgement> judge(Path cloneDir, String cloneUrl, HttpsCredentials credentials, boolean allowInsecure,
                                            int number, String headSha, Function<Set<String>, List<RetiredName>> retiredNames) {
        if (!(CloneOrFetch.run(cloneUrl, cloneDir, credentials, allowInsecure) instanceof SyncResult.Ready ready)) {
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
            Set<String> paths = TreePaths.at(clone, ready.defaultHead());
            List<RetiredName> names = retiredNames.apply(paths);
            if (names.stream().noneMatch(RetiredName::merged)
                    || !FetchCommit.pullHead(clone, cloneUrl, credentials, allowInsecure, number, headSha)) {
                return Optional.empty();
            }
            Optional<List<ChangedText>> changed = ChangedLines.since(clone, ready.defaultHead(), headSha, GuardJudge::judged);
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            List<ChangedFile> files = changed.get().stream().map(t -> new ChangedFile(t.path(), t.text(), t.lines())).toList();
            return Optional.of(new Judgement(mode.get(),
                    new RetiredNameFinder(names, NamesRetiredByPhases.emptiedPackages(names, paths)).find(files),
                    files.size()));
        }
    }

    /** The files where a name can be used: Java sources (module-info.java among them) and service registrations. */
    static boolean judged(String path) {
        return path.endsWith(".java") || path.contains("META-INF/services/");
    }
}
