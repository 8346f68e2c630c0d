package dev.consolidator.git;

import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.RefNotFoundException;

/** Checks out an existing local branch in a checkout (the CLI, after building a phase's commits in memory). */
public final class CheckoutBranch {
    private CheckoutBranch() {
    }

    /** Outcome: checked out, or the local changes that stopped it (nothing was changed then). */
    public sealed interface Result {
        record CheckedOut(String branch, String sha) implements Result {
        }

        record Conflict(String branch, List<String> paths) implements Result {
        }
    }

    public static Result run(LocalRepository repository, String branch) {
        if (repository.isBare()) {
            throw new GitException(repository + " is bare: nothing to check out");
        }
        try (Git git = new Git(repository.jgit())) {
            git.checkout().setName(branch).call();
            String sha = Refs.localBranch(repository, branch)
                    .orElseThrow(() -> new GitException("Branch " + branch + " vanished during checkout"));
            return new Result.CheckedOut(branch, sha);
        } catch (CheckoutConflictException e) {
            return new Result.Conflict(branch, List.copyOf(e.getConflictingPaths()));
        } catch (RefNotFoundException e) {
            throw new IllegalArgumentException("No branch " + branch + " in " + repository, e);
        } catch (GitAPIException e) {
            throw new GitException("Cannot check out " + branch + " in " + repository + ": " + e.getMessage(), e);
        }
    }
}
