package dev.consolidator.git;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One file of a commit, as bytes, with its size known before it is read: a caller can refuse a huge file without
 * loading it. A symlink is reported as such, never followed.
 */
public final class ReadBlob {
    private ReadBlob() {
    }

    public sealed interface Blob {
    }

    public record Missing() implements Blob {
    }

    public record Symlink() implements Blob {
    }

    public record TooLarge(long size) implements Blob {
    }

    public record Bytes(byte[] bytes) implements Blob {
    }

    public static Blob atCommit(LocalRepository repository, String commitSha, String path, long maxBytes) {
        return CommitTrees.read(repository, commitSha, "Cannot read " + path + " at " + commitSha, (reader, commit) -> {
            try (TreeWalk tree = TreeWalk.forPath(reader, path, commit.getTree())) {
                if (tree == null) {
                    return new Missing();
                }
                FileMode mode = tree.getFileMode(0);
                if (FileMode.SYMLINK.equals(mode)) {
                    return new Symlink();
                }
                if ((mode.getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    return new Missing();
                }
                ObjectLoader loader = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                if (loader.getSize() > maxBytes) {
                    return new TooLarge(loader.getSize());
                }
                return new Bytes(loader.getCachedBytes((int) maxBytes));
            }
        });
    }
}
