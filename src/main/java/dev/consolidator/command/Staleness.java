package dev.consolidator.command;

import dev.consolidator.git.CommitInfo;
import dev.consolidator.git.CommitLog;
import dev.consolidator.git.MergePreview;
import dev.consolidator.plan.Phase;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Is a phase PR stale against the current default branch? Decided from trees, never from dates: the PR is stale
 * when merging it into the default branch gives another tree than applying the phase to the default branch (a new
 * user of a moved name, a new file in a moved package, a conflict). A default branch that moved without touching
 * anything the phase changes gives the same tree, so the PR stays as it is.
 * A branch with people's commits cannot be compared with the bot's own result (their changes are meant to be
 * there): it is stale when its merge conflicts, or when the phase applied to the merge would still change something.
 */
public final class Staleness {
    private Staleness() {
    }

    /** {@code files}: the paths where the trees differ (or conflict); {@code humanCommits}: shas not made by the bot. */
    public record Verdict(boolean stale, String reason, List<String> files, List<String> humanCommits) {
        public Verdict {
            files = List.copyOf(files);
            humanCommits = List.copyOf(humanCommits);
        }

        public boolean onlyBotCommits() {
            return humanCommits.isEmpty();
        }
    }

    public static Verdict decide(PhaseEngine engine, RepoCheckout co, PhaseRecord rec, String phaseHead, Phase phase,
                                 List<TypeMapping> planned) {
        List<String> human = humanCommits(co, phaseHead);
        if (co.head().equals(rec.baseCommit()) && phaseHead.equals(rec.headCommit())) {
            return new Verdict(false, "built on the current head", List.of(), human);
        }
        MergePreview.Result merge = MergePreview.of(co.repository(), co.head(), phaseHead);
        if (merge instanceof MergePreview.Conflicts c) {
            return new Verdict(true, "the branch conflicts with `" + co.defaultBranch() + "`", c.paths(), human);
        }
        SourceTree merged = co.treeAt(((MergePreview.Clean) merge).commit());
        TreeSet<String> differ = new TreeSet<>();
        if (human.isEmpty()) {
            PhaseResult fresh = engine.run(co.tree(), phase);
            if (fresh.hasProblems()) {
                fresh.problems().stream().map(p -> p.file()).filter(Objects::nonNull).forEach(differ::add);
                return new Verdict(true, "the phase no longer applies cleanly to `" + co.defaultBranch() + "`",
                        List.copyOf(differ), human);
            }
            differ.addAll(differences(merged, fresh.after()));
        } else {
            PhaseResult rerun = engine.run(merged, phase);
            rerun.problems().stream().map(p -> p.file()).filter(Objects::nonNull).forEach(differ::add);
            for (StepResult s : rerun.steps()) {
                if (!s.alreadyApplied()) {
                    differ.addAll(s.changes().touchedPaths());
                }
            }
            PhaseCheck.staleReferences(merged, planned).forEach(a -> differ.add(a.path()));
        }
        return differ.isEmpty()
                ? new Verdict(false, "`" + co.defaultBranch() + "` moved without touching what the phase changes", List.of(), human)
                : new Verdict(true, "merged into the current `" + co.defaultBranch() + "`, the branch differs from the phase"
                + " applied to it", List.copyOf(differ), human);
    }

    /** Every path whose text differs between the two trees (added, removed or changed). */
    static TreeSet<String> differences(SourceTree a, SourceTree b) {
        TreeSet<String> out = new TreeSet<>();
        TreeSet<String> all = new TreeSet<>(a.paths());
        all.addAll(b.paths());
        for (String path : all) {
            if (!Objects.equals(a.text(path), b.text(path))) {
                out.add(path);
            }
        }
        return out;
    }

    /** The commits on the phase branch that the bot did not make (a person's fix, a merge of the default branch). */
    static List<String> humanCommits(RepoCheckout co, String phaseHead) {
        // the default branch's own commits (a merge of it into the branch brings them) are not the branch's
        List<CommitInfo> commits = CommitLog.between(co.repository(), co.head(), phaseHead, false);
        return commits.stream().filter(c -> !ApplyRunner.BOT.email().equals(c.authorEmail())).map(CommitInfo::sha).toList();
    }
}
