package dev.consolidator.git;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A throw-away checkout of a local repository: the CLI's {@code plan --verify} builds and tests its phases there,
 * never in the user's working tree. Only committed state is copied (HEAD's branch, checked out); uncommitted changes
 * and ignored files such as build output stay behind.
 */
public final class CloneForVerify {
    private CloneForVerify() {
    }

    /** The clone, open; the caller closes it and deletes the directory. */
    public static LocalRepository into(LocalRepository source, Path directory) {
        try (Git git = Git.cloneRepository().setURI(source.gitDirectory().toUri().toString())
                .setDirectory(directory.toFile()).call()) {
            return LocalRepository.open(directory);
        } catch (GitAPIException e) {
            throw new GitException("Cannot copy " + source + " to " + directory + ": " + e.getMessage(), e);
        }
    }
}
