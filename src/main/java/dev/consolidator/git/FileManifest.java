package dev.consolidator.git;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;

/**
 * SHA-256 of every file of a commit, in path order, for backup records: the same hex digest {@code sha256sum}
 * prints for the checked-out file. Submodules are not files and are left out; a symlink is hashed as git stores
 * it (the target path).
 */
public final class FileManifest {
    private FileManifest() {
    }

    public static List<FileDigest> ofCommit(LocalRepository repository, String commitSha) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        return CommitTrees.walkFiles(repository, commitSha, "Cannot hash the files of " + commitSha, (reader, tree) -> {
            List<FileDigest> digests = new ArrayList<>();
            while (tree.next()) {
                if (FileMode.GITLINK.equals(tree.getFileMode(0))) {
                    continue;
                }
                ObjectLoader loader = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                sha256.reset();
                if (loader.isLarge()) {
                    try (InputStream in = new DigestInputStream(loader.openStream(), sha256)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                } else {
                    sha256.update(loader.getCachedBytes());
                }
                digests.add(new FileDigest(tree.getPathString(), HexFormat.of().formatHex(sha256.digest()), loader.getSize()));
            }
            return digests;
        });
    }
}
