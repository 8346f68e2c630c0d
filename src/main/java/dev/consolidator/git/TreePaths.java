package dev.consolidator.git;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The paths of a commit's tree, and the text of one file, without reading every blob. */
public final class TreePaths {
    private TreePaths() {
    }

    public static SortedSet<String> at(LocalRepository repository, String commitSha) {
        return CommitTrees.walkFiles(repository, commitSha, "Cannot list the tree of " + commitSha, (reader, tree) -> {
            TreeSet<String> paths = new TreeSet<>();
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
            return paths;
        });
    }

    /** The UTF-8 text of {@code path} at the commit, if the file exists. */
    public static Optional<String> text(LocalRepository repository, String commitSha, String path) {
        return CommitTrees.read(repository, commitSha, "Cannot read " + path + " at " + commitSha, (reader, commit) -> {
            try (TreeWalk file = TreeWalk.forPath(reader, path, commit.getTree())) {
                if (file == null) {
                    return Optional.empty();
                }
                return Optional.of(new String(reader.open(file.getObjectId(0), Constants.OBJ_BLOB).getBytes(),
                        StandardCharsets.UTF_8));
            }
        });
    }
}
