package dev.consolidator.git;

import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;

/** Reads a checkout's status; the CLI refuses to apply a phase on a dirty tree. */
public final class WorkingTreeStatus {
    private WorkingTreeStatus() {
    }

    public static TreeStatus of(LocalRepository repository) {
        if (repository.isBare()) {
            throw new GitException(repository + " is bare: it has no working tree");
        }
        try (Git git = new Git(repository.jgit())) {
            Status status = git.status().call();
            TreeSet<String> changed = new TreeSet<>();
            changed.addAll(status.getAdded());
            changed.addAll(status.getChanged());
            changed.addAll(status.getRemoved());
            changed.addAll(status.getMissing());
            changed.addAll(status.getModified());
            changed.addAll(status.getConflicting());
            return new TreeStatus(changed.stream().toList(), new TreeSet<>(status.getUntracked()).stream().toList());
        } catch (GitAPIException e) {
            throw new GitException("Cannot read the status of " + repository + ": " + e.getMessage(), e);
        }
    }
}
