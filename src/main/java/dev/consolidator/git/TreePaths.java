package dev.consolidator.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The paths of a commit's tree, and the text of one file, without reading every blob. */
public final class TreePaths {
    private TreePaths() {
    }

    public static SortedSet<String> at(LocalRepository repository, String commitSha) {
        try (ObjectReader reader = repository.jgit().newObjectReader();
             RevWalk walk = new RevWalk(reader);
             TreeWalk tree = new TreeWalk(reader)) {
            RevCommit commit = Refs.commit(walk, repository, commitSha);
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            TreeSet<String> paths = new TreeSet<>();
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
            return paths;
        } catch (IOException e) {
            throw new GitException("Cannot list the tree of " + commitSha + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    /** The UTF-8 text of {@code path} at the commit, if the file exists. */
    public static Optional<String> text(LocalRepository repository, String commitSha, String path) {
        try (ObjectReader reader = repository.jgit().newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = Refs.commit(walk, repository, commitSha);
            try (TreeWalk file = TreeWalk.forPath(reader, path, commit.getTree())) {
                if (file == null) {
                    return Optional.empty();
                }
                return Optional.of(new String(reader.open(file.getObjectId(0), Constants.OBJ_BLOB).getBytes(),
                        StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new GitException("Cannot read " + path + " at " + commitSha + " in " + repository + ": " + e.getMessage(), e);
        }
    }
}
