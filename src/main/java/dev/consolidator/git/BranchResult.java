package dev.consolidator.git;

/** Outcome of {@link CreateBranch}: an existing branch is never moved. */
public sealed interface BranchResult {
    String branch();

    /** The commit the branch points to now. */
    String sha();

    record Created(String branch, String sha) implements BranchResult {
    }

    /** The branch was there already and was left where it is ({@code sha}), whatever commit was asked for. */
    record AlreadyExisted(String branch, String sha) implements BranchResult {
    }
}
