package dev.consolidator.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Creates a local branch at a commit, atomically and never moving an existing one: backup branches must keep
 * pointing at the commit they were made for, even when the same command runs twice. A branch the remote already
 * has (a remote-tracking {@code origin/<name>} in a clone) counts as existing: the local branch is then created
 * where the remote's is, so that pushing it is a no-op rather than a fast-forward of the remote branch.
 */
public final class CreateBranch {
    private CreateBranch() {
    }

    public static BranchResult at(LocalRepository repository, String branch, String commitSha) {
        String refName = refName(branch);
        String name = Repository.shortenRefName(refName);
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            ObjectId commit = Refs.commit(walk, repository, commitSha);
            Optional<String> onRemote = Refs.remoteBranch(repository, name);
            if (onRemote.isPresent() && Refs.localBranch(repository, name).isEmpty()) {
                create(repository, walk, refName, ObjectId.fromString(onRemote.get()), "tracking origin");
                return new BranchResult.AlreadyExisted(branch, onRemote.get());
            }
            RefUpdate.Result result = create(repository, walk, refName, commit, "at " + commitSha);
            return switch (result) {
                case NEW -> new BranchResult.Created(branch, commit.name());
                case LOCK_FAILURE, REJECTED, NO_CHANGE -> existing(repository, branch, refName);
                default -> throw new GitException("Cannot create branch " + branch + " in " + repository + ": " + result);
            };
        } catch (IOException e) {
            throw new GitException("Cannot create branch " + branch + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    private static RefUpdate.Result create(LocalRepository repository, RevWalk walk, String refName, ObjectId commit,
                                           String why) throws IOException {
        RefUpdate update = repository.jgit().updateRef(refName);
        update.setExpectedOldObjectId(ObjectId.zeroId()); // only if it does not exist yet
        update.setNewObjectId(commit);
        update.setRefLogMessage("consolidator: branch " + why, false);
        return update.update(walk);
    }

    private static BranchResult existing(LocalRepository repository, String branch, String refName) throws IOException {
        Ref ref = repository.jgit().exactRef(refName);
        if (ref == null || ref.getObjectId() == null) {
            throw new GitException("Cannot create branch " + branch + " in " + repository + ": ref is locked");
        }
        return new BranchResult.AlreadyExisted(branch, ref.getObjectId().name());
    }

    static String refName(String branch) {
        String refName = branch.startsWith(Constants.R_HEADS) ? branch : Constants.R_HEADS + branch;
        if (!Repository.isValidRefName(refName)) {
            throw new IllegalArgumentException("Not a valid branch name: " + branch);
        }
        return refName;
    }
}
