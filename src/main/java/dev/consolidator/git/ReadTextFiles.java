package dev.consolidator.git;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;

/**
 * Reads every text file of a commit straight from the object database (no checkout), which is what the engine
 * transforms. Binary files (a NUL byte), invalid UTF-8 (but for Java files: see {@link TextFiles#notUtf8()}), files
 * over the size limit, symlinks and submodules are left out and listed.
 */
public final class ReadTextFiles {
    /** Source files above this are generated or data, not code a person consolidates. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    private ReadTextFiles() {
    }

    public static TextFiles atCommit(LocalRepository repository, String commitSha) {
        return atCommit(repository, commitSha, DEFAULT_MAX_BYTES);
    }

    public static TextFiles atCommit(LocalRepository repository, String commitSha, long maxBytes) {
        TreeMap<String, String> files = new TreeMap<>();
        List<TextFiles.Skipped> skipped = new ArrayList<>();
        TreeSet<String> notUtf8 = new TreeSet<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return CommitTrees.walkFiles(repository, commitSha, "Cannot read the tree of " + commitSha, (reader, tree) -> {
            while (tree.next()) {
                String path = tree.getPathString();
                FileMode mode = tree.getFileMode(0);
                if (FileMode.GITLINK.equals(mode)) {
                    skipped.add(new TextFiles.Skipped(path, TextFiles.Reason.SUBMODULE, 0));
                    continue;
                }
                ObjectLoader loader = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                long size = loader.getSize();
                if (FileMode.SYMLINK.equals(mode)) {
                    skipped.add(new TextFiles.Skipped(path, TextFiles.Reason.SYMLINK, size));
                } else if (size > maxBytes) {
                    skipped.add(new TextFiles.Skipped(path, TextFiles.Reason.TOO_LARGE, size));
                } else {
                    byte[] bytes = loader.getCachedBytes((int) Math.min(Integer.MAX_VALUE, maxBytes));
                    TextFiles.Reason reason = decode(bytes, decoder, path, files);
                    if (reason == TextFiles.Reason.NOT_UTF8 && path.endsWith(".java")) {
                        // ISO-8859-1 maps every byte to a character: the engine can read the code (and must not miss
                        // its references); it is never written back
                        files.put(path, new String(bytes, StandardCharsets.ISO_8859_1));
                        notUtf8.add(path);
                    } else if (reason != null) {
                        skipped.add(new TextFiles.Skipped(path, reason, size));
                    }
                }
            }
            return new TextFiles(files, skipped, notUtf8);
        });
    }

    /** Puts the text into {@code files}, or returns why it is not text. */
    private static TextFiles.Reason decode(byte[] bytes, CharsetDecoder decoder, String path, TreeMap<String, String> files) {
        for (byte b : bytes) {
            if (b == 0) {
                return TextFiles.Reason.BINARY;
            }
        }
        try {
            files.put(path, decoder.reset().decode(ByteBuffer.wrap(bytes)).toString());
            return null;
        } catch (CharacterCodingException e) {
            return TextFiles.Reason.NOT_UTF8;
        }
    }
}
