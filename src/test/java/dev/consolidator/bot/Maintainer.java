package dev.consolidator.bot;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a person (or GitHub's merge button) does to the bare remote, with JGit on a fresh clone each time: the three
 * merge styles of a pull request, and later work on main. Reads tree ids straight from the bare repository.
 */
final class Maintainer {
    private static final PersonIdent WHO = new PersonIdent("Maintainer", "maintainer@acme.example");
    private final RemoteRepo remote;
    private final Path workRoot;
    private final AtomicInteger clones = new AtomicInteger();

    Maintainer(RemoteRepo remote, Path workRoot) {
        this.remote = remote;
        this.workRoot = workRoot;
    }

    /** "Create a merge commit": {@code git merge --no-ff branch} on main, pushed. */
    String mergeCommit(String branch, int pr) throws Exception {
        try (Git git = cloneMain()) {
            ObjectId tip = git.getRepository().resolve("refs/remotes/origin/" + branch);
            MergeResult r = git.merge().include(tip).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge pull request #" + pr + " from acme/" + branch).call();
            if (!r.getMergeStatus().isSuccessful()) {
                throw new AssertionError("merge of " + branch + " failed: " + r);
            }
            return pushMain(git);
        }
    }

    /** "Squash and merge": one commit on main with the branch's changes, titled after the PR. */
    String squash(String branch, int pr, String title) throws Exception {
        try (Git git = cloneMain()) {
            ObjectId tip = git.getRepository().resolve("refs/remotes/origin/" + branch);
            MergeResult r = git.merge().include(tip).setSquash(true).setCommit(false).call();
            if (!r.getMergeStatus().isSuccessful()) {
                throw new AssertionError("squash of " + branch + " failed: " + r);
            }
            git.commit().setMessage(title + " (#" + pr + ")").setAuthor(WHO).setCommitter(WHO).call();
            return pushMain(git);
        }
    }

    /** "Rebase and merge": each commit of the branch since {@code base} replayed on main with its message. */
    String rebase(String branch, String base) throws Exception {
        try (Git git = cloneMain()) {
            ObjectId tip = git.getRepository().resolve("refs/remotes/origin/" + branch);
            for (RevCommit c : remote.commitsBetween(base, tip.name())) {
                var r = git.cherryPick().include(c).setNoCommit(true).call();
                if (r.getStatus() != org.eclipse.jgit.api.CherryPickResult.CherryPickStatus.OK) {
                    throw new AssertionError("replay of " + c.name() + " failed: " + r.getStatus());
                }
                git.add().addFilepattern(".").call();
                git.add().setUpdate(true).addFilepattern(".").call();
                git.commit().setMessage(c.getFullMessage()).setAuthor(c.getAuthorIdent())
                        .setCommitter(WHO).call();
            }
            return pushMain(git);
        }
    }

    /** Later work on main: the files written as given (a null text deletes the file), one commit, pushed. */
    String commitOnMain(Map<String, String> files, String message) throws Exception {
        try (Git git = cloneMain()) {
            Path dir = git.getRepository().getWorkTree().toPath();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                if (f.getValue() == null) {
                    Files.delete(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, f.getValue());
                }
            }
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).call();
            return pushMain(git);
        }
    }

    /** The tree id of a commit (or branch) of the bare remote. */
    String tree(String commitOrBranch) throws IOException {
        try (Repository r = open(); RevWalk walk = new RevWalk(r)) {
            ObjectId id = r.resolve(commitOrBranch);
            if (id == null) {
                throw new AssertionError("no " + commitOrBranch + " in the remote");
            }
            return walk.parseCommit(id).getTree().name();
        }
    }

    /** The parents of a commit of the bare remote. */
    List<String> parents(String commit) throws IOException {
        try (Repository r = open(); RevWalk walk = new RevWalk(r)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            return java.util.Arrays.stream(c.getParents()).map(ObjectId::name).toList();
        }
    }

    String main() {
        return remote.branch("main").orElseThrow();
    }

    private Git cloneMain() throws Exception {
        Path work = workRoot.resolve("maintainer-" + clones.incrementAndGet());
        return Git.cloneRepository().setURI(remote.url()).setBranch("main").setDirectory(work.toFile()).call();
    }

    private static String pushMain(Git git) throws Exception {
        git.push().setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
        return git.getRepository().resolve("HEAD").name();
    }

    private Repository open() throws IOException {
        return new FileRepositoryBuilder().setGitDir(remote.bare.toFile()).setMustExist(true).build();
    }
}
