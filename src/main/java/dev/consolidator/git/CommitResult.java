package dev.consolidator.git;

/** Outcome of {@link CommitChanges}. */
public sealed interface CommitResult {

    /** The commit exists and {@code branch} points to it. */
    record Committed(String branch, String sha) implements CommitResult {
    }

    /**
     * The branch has moved to {@code branchSha}, which is not an ancestor of the parent asked for: moving it would
     * lose commits, so it was left alone (the new commit object exists but nothing refers to it).
     */
    record NotFastForward(String branch, String branchSha, String commitSha) implements CommitResult {
    }
}
