package dev.consolidator.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * An open repository on disk: a checkout (the CLI's {@code --repo DIR}, or any directory below it) or a bare
 * repository (the bot's clone). Every verb of this package takes one. Close it when done: JGit keeps pack files
 * open until the repository is closed (jgit#40).
 */
public final class LocalRepository implements AutoCloseable {
    private final Repository repository;

    private LocalRepository(Repository repository) {
        this.repository = repository;
    }

    /** Opens the repository that contains {@code dir} (walking up like git does), or throws if there is none. */
    public static LocalRepository open(Path dir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .readEnvironment()
                .findGitDir(dir.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            throw new GitException("Not a git repository (or any parent up to /): " + dir);
        }
        try {
            return new LocalRepository(builder.setMustExist(true).build());
        } catch (IOException | IllegalArgumentException e) {
            throw new GitException("Cannot open git repository at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The .git directory (or the bare repository's directory). */
    public Path gitDirectory() {
        return repository.getDirectory().toPath();
    }

    /** The working tree, empty for a bare repository. */
    public Optional<Path> workTree() {
        return repository.isBare() ? Optional.empty() : Optional.of(repository.getWorkTree().toPath());
    }

    public boolean isBare() {
        return repository.isBare();
    }

    /** The JGit repository, for the verbs of this package only. */
    Repository jgit() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }

    @Override
    public String toString() {
        return "LocalRepository[" + repository.getDirectory() + "]";
    }
}
