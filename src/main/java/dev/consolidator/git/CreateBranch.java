package dev.consolidator.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Creates a local branch at a commit, atomically and never moving an existing one: backup branches must keep
 * pointing at the commit they were made for, even when the same command runs twice.
 */
public final class CreateBranch {
    private CreateBranch() {
    }

    public static BranchResult at(LocalRepository repository, String branch, String commitSha) {
        String refName = refName(branch);
        Repository repo = repository.jgit();
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId commit = Refs.commit(walk, repository, commitSha);
            RefUpdate update = repo.updateRef(refName);
            update.setExpectedOldObjectId(ObjectId.zeroId()); // only if it does not exist yet
            update.setNewObjectId(commit);
            update.setRefLogMessage("consolidator: branch " + branch + " at " + commitSha, false);
            RefUpdate.Result result = update.update(walk);
            return switch (result) {
                case NEW -> new BranchResult.Created(branch, commit.name());
                case LOCK_FAILURE, REJECTED, NO_CHANGE -> existing(repository, branch, refName);
                default -> throw new GitException("Cannot create branch " + branch + " in " + repository + ": " + result);
            };
        } catch (IOException e) {
            throw new GitException("Cannot create branch " + branch + " in " + repository + ": " + e.getMessage(), e);
        }
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
