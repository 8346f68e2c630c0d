package dev.consolidator.git;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The text files of a commit: repository-relative path ('/' separators) to its text, plus the files left out and
 * why. Text is the file's exact content decoded as UTF-8 (a BOM stays in), so writing it back is byte-identical.
 */
public record TextFiles(SortedMap<String, String> files, List<Skipped> skipped) {
    public TextFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        skipped = List.copyOf(skipped);
    }

    public enum Reason {
        /** Contains a NUL byte. */
        BINARY,
        /** Not valid UTF-8. */
        NOT_UTF8,
        /** Larger than the size limit. */
        TOO_LARGE,
        /** A symbolic link: its "content" is a path, not a file to rewrite. */
        SYMLINK,
        /** A submodule commit, not a file. */
        SUBMODULE
    }

    public record Skipped(String path, Reason reason, long size) {
    }
}
