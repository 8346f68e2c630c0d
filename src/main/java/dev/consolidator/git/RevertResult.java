package dev.consolidator.git;

import java.util.List;

/** Outcome of {@link RevertCommits}. */
public sealed interface RevertResult {

    /** {@code branch} was created at {@code head}; {@code revertCommits} are the new commits, oldest first. */
    record Reverted(String branch, String head, List<String> revertCommits) implements RevertResult {
        public Reverted {
            revertCommits = List.copyOf(revertCommits);
        }
    }

    /**
     * Reverting {@code commit} conflicts with later work in these files. Nothing was created: no branch, and the
     * commits made in memory before it are unreferenced.
     */
    record Conflict(String commit, List<String> paths) implements RevertResult {
        public Conflict {
            paths = List.copyOf(paths);
        }
    }

    /** The branch exists already (at {@code sha}); it was left untouched and nothing was reverted. */
    record BranchExists(String branch, String sha) implements RevertResult {
    }
}
