package dev.consolidator.bot;

import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ThreeWayMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person (or GitHub's merge button) does to the bare remote: the three merge styles of a pull request, and
 * later work on main. Written straight into the bare repository as GitHub's button does (JGit's recursive merge in
 * memory, one commit, main moved forward as a push moves it), without a clone and a checkout per step. Reads tree
 * ids straight from the bare repository.
 */
final class Maintainer {
    private static final PersonIdent WHO = new PersonIdent("Maintainer", "maintainer@acme.example");
    private final RemoteRepo remote;

    Maintainer(RemoteRepo remote) {
        this.remote = remote;
    }

    /** "Create a merge commit": {@code git merge --no-ff branch} on main, pushed. */
    String mergeCommit(String branch, int pr) throws Exception {
        try (Repository r = open(); ObjectInserter inserter = r.newObjectInserter()) {
            ObjectId main = head(r, "main");
            ObjectId tip = head(r, branch);
            ObjectId tree = merged(r, inserter, null, main, tip, "merge of " + branch);
            return pushMain(r, inserter, tree, "Merge pull request #" + pr + " from acme/" + branch, WHO, main, main, tip);
        }
    }

    /** "Squash and merge": one commit on main with the branch's changes, titled after the PR. */
    String squash(String branch, int pr, String title) throws Exception {
        try (Repository r = open(); ObjectInserter inserter = r.newObjectInserter()) {
            ObjectId main = head(r, "main");
            ObjectId tree = merged(r, inserter, null, main, head(r, branch), "squash of " + branch);
            return pushMain(r, inserter, tree, title + " (#" + pr + ")", WHO, main, main);
        }
    }

    /** "Rebase and merge": each commit of the branch since {@code base} replayed on main with its message. */
    String rebase(String branch, String base) throws Exception {
        try (Repository r = open(); ObjectInserter inserter = r.newObjectInserter()) {
            ObjectId main = head(r, "main");
            ObjectId head = main;
            for (RevCommit c : remote.commitsBetween(base, head(r, branch).name())) {
                ObjectId tree = merged(r, inserter, c.getParent(0), head, c, "replay of " + c.name());
                head = commit(inserter, tree, c.getFullMessage(), c.getAuthorIdent(), head);
            }
            return moveMain(r, main, head);
        }
    }

    /** Later work on main: the files written as given (a null text deletes the file), one commit, pushed. */
    String commitOnMain(Map<String, String> files, String message) throws Exception {
        try (Repository r = open(); ObjectInserter inserter = r.newObjectInserter(); ObjectReader reader = r.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            ObjectId main = head(r, "main");
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            files.forEach((path, text) -> bytes.put(path, text == null ? null : text.getBytes(StandardCharsets.UTF_8)));
            ObjectId tree = RemoteRepo.editTree(inserter, reader, walk.parseCommit(main).getTree(), bytes);
            return pushMain(r, inserter, tree, message, WHO, main, main);
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

    private static ObjectId head(Repository r, String branch) throws IOException {
        ObjectId id = r.resolve("refs/heads/" + branch);
        if (id == null) {
            throw new AssertionError("no branch " + branch + " in the remote");
        }
        return id;
    }

    /**
     * The tree of {@code ours} merged with {@code theirs} (JGit's recursive merge, as {@code git merge} does, in
     * memory: the remote is bare), from {@code base} when given (a cherry-pick) or their merge base.
     */
    private static ObjectId merged(Repository r, ObjectInserter inserter, ObjectId base, ObjectId ours, ObjectId theirs,
                                   String what) throws IOException {
        ThreeWayMerger merger = (ThreeWayMerger) MergeStrategy.RECURSIVE.newMerger(inserter, r.getConfig());
        if (base != null) {
            merger.setBase(base);
        }
        if (!merger.merge(ours, theirs)) {
            throw new AssertionError(what + " failed: conflicts");
        }
        return merger.getResultTreeId();
    }

    private static ObjectId commit(ObjectInserter inserter, ObjectId tree, String message, PersonIdent author,
                                   ObjectId... parents) throws IOException {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(parents);
        commit.setAuthor(author);
        commit.setCommitter(WHO);
        commit.setMessage(message);
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    private static String pushMain(Repository r, ObjectInserter inserter, ObjectId tree, String message, PersonIdent author,
                                   ObjectId main, ObjectId... parents) throws IOException {
        return moveMain(r, main, commit(inserter, tree, message, author, parents));
    }

    /** main moved to {@code to} as a push moves it: only forward from the tip it was read at. */
    private static String moveMain(Repository r, ObjectId from, ObjectId to) throws IOException {
        if (to.equals(from)) {
            return to.name(); // nothing to push
        }
        RefUpdate update = r.updateRef("refs/heads/main");
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.FAST_FORWARD) {
            throw new AssertionError("push to main rejected: " + result);
        }
        return to.name();
    }

    private Repository open() throws IOException {
        return new FileRepositoryBuilder().setGitDir(remote.bare.toFile()).setMustExist(true).build();
    }
}
