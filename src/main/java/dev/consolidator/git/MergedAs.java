package dev.consolidator.git;

import java.util.List;

/** How a phase's pull request landed on the default branch, as told by {@link DetectMerge}. */
public sealed interface MergedAs {

    /** The commits a rollback reverts, oldest first: what {@link RevertCommits#onNewBranch} takes. */
    List<String> commitsToRevert();

    /** A merge commit (two parents); reverted against its first parent. */
    record MergeCommit(String sha) implements MergedAs {
        public List<String> commitsToRevert() {
            return List.of(sha);
        }
    }

    /** One commit with the whole change (a squash merge, or a rebase of a one-commit phase). */
    record Squash(String sha) implements MergedAs {
        public List<String> commitsToRevert() {
            return List.of(sha);
        }
    }

    /** The phase's commits replayed one by one (rebase merge), oldest first. */
    record Rebase(List<String> shas) implements MergedAs {
        public Rebase {
            shas = List.copyOf(shas);
        }

        public List<String> commitsToRevert() {
            return shas;
        }
    }
}
