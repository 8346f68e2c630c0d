package dev.consolidator.command;

import dev.consolidator.git.CommitLog;
import dev.consolidator.plan.Phase;
import dev.consolidator.store.PhaseRecord;

import java.util.List;
import java.util.Optional;

/** The commit subjects a phase PR brought: how a merge is told apart (merge commit, squash, rebase) and reverted. */
public final class PhaseSubjects {
    private PhaseSubjects() {
    }

    /**
     * The subjects of the PR's real commits, base to head (the bot's step commits plus anything pushed by hand), when
     * the clone still has them.
     */
    private static Optional<List<String>> ofPullRequest(RepoCheckout co, PhaseRecord rec) {
        if (rec.baseCommit() == null || rec.headCommit() == null) {
            return Optional.empty();
        }
        try {
            List<String> subjects = CommitLog.between(co.repository(), rec.baseCommit(), rec.headCommit(), true)
                    .stream().map(c -> c.subject()).toList();
            return subjects.isEmpty() ? Optional.empty() : Optional.of(subjects);
        } catch (RuntimeException gone) {
            return Optional.empty(); // the head branch was deleted and its commits are not in this clone
        }
    }

    /**
     * The subjects of the commits a phase PR brought, oldest first, to tell how it was merged: the PR's real commits
     * when the clone has them, else the bot's step commits as recorded.
     */
    public static List<String> merged(BotServices services, RepoCheckout co, PhaseRecord rec, Optional<Phase> phase) {
        return ofPullRequest(co, rec).orElseGet(() -> services.details().steps(rec.rowId()).stream()
                .filter(s -> s.commitSha() != null)
                .map(s -> "consolidate(" + rec.phaseId() + "): " + phase.filter(p -> s.index() < p.steps().size())
                        .map(p -> p.steps().get(s.index()).describe()).orElse(s.summary())).toList());
    }
}
