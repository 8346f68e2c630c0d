package dev.consolidator.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;

/**
 * Test fixture: a bare repository playing the remote (GitHub), and a developer's checkout of it, driven with
 * JGit's porcelain the way a person would drive git. Tests in this package may use JGit; the code under test
 * is only reached through our own API.
 */
final class Remote implements AutoCloseable {
    final Path bare;
    final Path checkout;
    final Git dev;

    private Remote(Path bare, Path checkout, Git dev) {
        this.bare = bare;
        this.checkout = checkout;
        this.dev = dev;
    }

    /** A remote whose default branch is {@code branch}, with one commit holding {@code files}. */
    static Remote create(Path tmp, String branch, Map<String, String> files) throws Exception {
        Path bare = tmp.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch(branch).setDirectory(bare.toFile()).call().close();
        Path checkout = tmp.resolve("developer");
        Git dev = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(checkout.toFile()).call();
        dev.checkout().setOrphan(true).setName(branch).call();
        Remote remote = new Remote(bare, checkout, dev);
        remote.write(files);
        remote.commitAll("Initial commit");
        remote.push(branch);
        return remote;
    }

    String url() {
        return bare.toUri().toString();
    }

    void write(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    void write(String path, byte[] bytes) throws IOException {
        Path target = checkout.resolve(path);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    void delete(String path) throws IOException {
        Files.delete(checkout.resolve(path));
    }

    String commitAll(String message) throws GitAPIException {
        dev.add().addFilepattern(".").call();
        dev.add().addFilepattern(".").setUpdate(true).call();
        return dev.commit().setMessage(message).setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").call().name();
    }

    void checkout(String branch, boolean create) throws GitAPIException {
        dev.checkout().setName(branch).setCreateBranch(create).call();
    }

    /** {@code git merge --no-ff branch} into the current branch; returns the merge commit. */
    String mergeNoFastForward(String branch, String message) throws Exception {
        ObjectId tip = dev.getRepository().resolve(branch);
        return dev.merge().include(tip).setFastForward(MergeCommand.FastForwardMode.NO_FF).setMessage(message)
                .call().getNewHead().name();
    }

    /** {@code git cherry-pick sha} onto the current branch (how a rebase merge replays commits). */
    String cherryPick(String sha) throws Exception {
        RevCommit picked = dev.cherryPick().include(ObjectId.fromString(sha)).call().getNewHead();
        return picked.name();
    }

    void push(String branch) throws GitAPIException {
        dev.push().setRefSpecs(new RefSpec("refs/heads/" + branch + ":refs/heads/" + branch)).call();
    }

    String head() throws IOException {
        return dev.getRepository().resolve("HEAD").name();
    }

    /** The commit a branch points to in the bare remote, or null. */
    String remoteBranch(String branch) throws IOException {
        try (Git remote = Git.open(bare.toFile())) {
            ObjectId id = remote.getRepository().resolve("refs/heads/" + branch);
            return id == null ? null : id.name();
        }
    }

    /** A fresh checkout of {@code branch} from the remote, as a reviewer would get it. */
    Path freshClone(Path into, String branch) throws GitAPIException {
        Git.cloneRepository().setURI(url()).setDirectory(into.toFile()).setBranch(branch).call().close();
        return into;
    }

    @Override
    public void close() {
        dev.close();
    }
}
