package dev.consolidator.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Resolves names to commits and answers whether branches exist. */
public final class Refs {
    private Refs() {
    }

    /**
     * The commit sha a revision names: a branch ({@code main}, {@code origin/main}, {@code refs/heads/main}),
     * {@code HEAD}, a tag, a full or abbreviated sha. Empty if it names nothing or not a commit.
     */
    public static Optional<String> resolveCommit(LocalRepository repository, String revision) {
        Repository repo = repository.jgit();
        try {
            ObjectId id = repo.resolve(revision + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            return Optional.empty();
        } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException
                 | org.eclipse.jgit.errors.MissingObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new GitException("Cannot resolve " + revision + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    /** The commit of local branch {@code refs/heads/<name>}, empty if there is no such branch. */
    public static Optional<String> localBranch(LocalRepository repository, String name) {
        return exactRef(repository, Constants.R_HEADS + name);
    }

    /** The commit of remote-tracking branch {@code refs/remotes/origin/<name>} as last fetched. */
    public static Optional<String> remoteBranch(LocalRepository repository, String name) {
        return exactRef(repository, SyncResult.Ready.remoteTracking(name));
    }

    /**
     * The commit of a branch that exists either locally or, as last fetched, on the remote (local wins). Branches
     * that must never move (backups) and must never be duplicated (revert branches) are checked with this, so a
     * fresh clone does not recreate and then fast-forward a branch the remote already has.
     */
    public static Optional<String> existingBranch(LocalRepository repository, String name) {
        Optional<String> local = localBranch(repository, name);
        return local.isPresent() ? local : remoteBranch(repository, name);
    }

    /** The branch HEAD points to (e.g. {@code main}), empty when HEAD is detached. */
    public static Optional<String> currentBranch(LocalRepository repository) {
        try {
            Ref head = repository.jgit().exactRef(Constants.HEAD);
            if (head == null || !head.isSymbolic()) {
                return Optional.empty();
            }
            return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
        } catch (IOException e) {
            throw new GitException("Cannot read HEAD of " + repository + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> exactRef(LocalRepository repository, String refName) {
        try {
            Ref ref = repository.jgit().exactRef(refName);
            return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
        } catch (IOException e) {
            throw new GitException("Cannot read " + refName + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    /** Parses a commit sha given by a caller; an unknown or non-commit id is a caller error. */
    static RevCommit commit(RevWalk walk, LocalRepository repository, String sha) {
        try {
            return walk.parseCommit(ObjectId.fromString(sha));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a full commit sha: " + sha, e);
        } catch (IOException e) {
            throw new GitException("No commit " + sha + " in " + repository + ": " + e.getMessage(), e);
        }
    }
}
