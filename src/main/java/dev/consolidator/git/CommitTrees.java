package dev.consolidator.git;

import java.io.IOException;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The frame of the verbs that read a commit's files straight from the object database (no checkout). */
final class CommitTrees {
    private CommitTrees() {
    }

    interface Reading<T> {
        T read(ObjectReader reader, RevCommit commit) throws IOException;
    }

    interface FileWalk<T> {
        T walk(ObjectReader reader, TreeWalk files) throws IOException;
    }

    /** Runs {@code reading} on the commit; an I/O failure becomes "{@code failure} in {@code repository}: why". */
    static <T> T read(LocalRepository repository, String commitSha, String failure, Reading<T> reading) {
        try (ObjectReader reader = repository.jgit().newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            return reading.read(reader, Refs.commit(walk, repository, commitSha));
        } catch (IOException e) {
            throw new GitException(failure + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #read}, with a walk over every file of the commit's tree, subdirectories included. */
    static <T> T walkFiles(LocalRepository repository, String commitSha, String failure, FileWalk<T> walk) {
        return read(repository, commitSha, failure, (reader, commit) -> {
            try (TreeWalk files = new TreeWalk(reader)) {
                files.addTree(commit.getTree());
                files.setRecursive(true);
                return walk.walk(reader, files);
            }
        });
    }
}
