package dev.consolidator.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/** Reads commits: one by sha, or the commits between two (like {@code git log from..to}). */
public final class CommitLog {
    private CommitLog() {
    }

    public static CommitInfo commit(LocalRepository repository, String sha) {
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            return info(Refs.commit(walk, repository, sha));
        }
    }

    /**
     * Commits reachable from {@code to} but not from {@code from}, oldest first. With {@code firstParent} only the
     * first-parent chain is followed (a merged branch's own commits are then left out).
     */
    public static List<CommitInfo> between(LocalRepository repository, String from, String to, boolean firstParent) {
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            walk.setFirstParent(firstParent);
            walk.sort(RevSort.TOPO);
            walk.markStart(Refs.commit(walk, repository, to));
            walk.markUninteresting(Refs.commit(walk, repository, from));
            List<CommitInfo> commits = new ArrayList<>();
            for (RevCommit commit : walk) {
                commits.add(info(commit));
            }
            Collections.reverse(commits);
            return commits;
        } catch (IOException e) {
            throw new GitException("Cannot list commits " + from + ".." + to + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    static CommitInfo info(RevCommit commit) {
        List<String> parents = new ArrayList<>();
        for (RevCommit parent : commit.getParents()) {
            parents.add(parent.name());
        }
        return new CommitInfo(commit.name(), parents, commit.getTree().name(), commit.getShortMessage(),
                commit.getFullMessage(), commit.getAuthorIdent().getName(), commit.getAuthorIdent().getEmailAddress());
    }
}
