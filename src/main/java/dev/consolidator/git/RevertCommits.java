package dev.consolidator.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Rolls a merged phase back on a new branch, in memory (no working tree): like {@code git revert -m 1} for a
 * merge commit, {@code git revert} for a squash commit, and one revert per commit, newest first, for a rebase
 * merge. JGit's RevertCommand refuses merge commits, so each revert is a three-way merge done here: base = the
 * reverted commit, ours = the branch so far, theirs = the commit's first parent.
 */
public final class RevertCommits {
    private RevertCommits() {
    }

    /**
     * @param branch  the revert branch to create, e.g. {@code consolidation/revert/<phase>}
     * @param baseSha where it starts, normally the default branch's head
     * @param commits the commits to undo, oldest first (a merge commit, a squash commit, or a rebased run)
     */
    public static RevertResult onNewBranch(LocalRepository repository, String branch, String baseSha,
                                           List<String> commits, GitIdentity identity) {
        if (commits.isEmpty()) {
            throw new IllegalArgumentException("Nothing to revert");
        }
        String refName = CreateBranch.refName(branch);
        Optional<String> existing = Refs.existingBranch(repository, Repository.shortenRefName(refName));
        if (existing.isPresent()) {
            return new RevertResult.BranchExists(branch, existing.get());
        }
        Repository repo = repository.jgit();
        try (ObjectInserter inserter = repo.newObjectInserter();
             ObjectReader reader = inserter.newReader();
             RevWalk walk = new RevWalk(reader)) {
            RevCommit head = Refs.commit(walk, repository, baseSha);
            List<String> made = new ArrayList<>();
            for (int i = commits.size() - 1; i >= 0; i--) {
                RevCommit reverted = Refs.commit(walk, repository, commits.get(i));
                if (reverted.getParentCount() == 0) {
                    throw new IllegalArgumentException("Cannot revert root commit " + reverted.name());
                }
                RevCommit mainline = walk.parseCommit(reverted.getParent(0));
                ResolveMerger merger = (ResolveMerger) MergeStrategy.RESOLVE.newMerger(inserter, repo.getConfig());
                merger.setBase(reverted.getTree());
                if (!merger.merge(head, mainline)) {
                    return new RevertResult.Conflict(reverted.name(), conflictingPaths(merger));
                }
                ObjectId commit = Commits.insert(inserter, merger.getResultTreeId(), message(reverted), identity,
                        identity, head);
                inserter.flush();
                head = walk.parseCommit(commit);
                made.add(commit.name());
            }
            BranchResult created = CreateBranch.at(repository, branch, head.name());
            if (created instanceof BranchResult.AlreadyExisted raced) {
                return new RevertResult.BranchExists(branch, raced.sha());
            }
            return new RevertResult.Reverted(branch, head.name(), made);
        } catch (IOException e) {
            throw new GitException("Cannot revert " + commits + " onto " + baseSha + " in " + repository + ": "
                    + e.getMessage(), e);
        }
    }

    /** git's own wording, so the history reads the same as a revert made by hand. */
    static String message(RevCommit reverted) {
        String body = reverted.getParentCount() > 1
                ? "This reverts commit " + reverted.name() + ", reversing\nchanges made to " + reverted.getParent(0).name() + "."
                : "This reverts commit " + reverted.name() + ".";
        return "Revert \"" + reverted.getShortMessage() + "\"\n\n" + body + "\n";
    }

    private static List<String> conflictingPaths(ResolveMerger merger) {
        TreeSet<String> paths = new TreeSet<>(merger.getUnmergedPaths());
        if (merger.getFailingPaths() != null) {
            paths.addAll(merger.getFailingPaths().keySet());
        }
        return List.copyOf(paths);
    }
}
