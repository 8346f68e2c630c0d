package dev.consolidator.git;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The text files of a commit: repository-relative path ('/' separators) to its text, plus the files left out and
 * why. Text is the file's exact content decoded as UTF-8 (a BOM stays in), so writing it back is byte-identical.
 * Java files that are not UTF-8 (ISO-8859-1 sources, still found in older projects) are read as ISO-8859-1, which
 * maps every byte to one character, and listed in {@code notUtf8}: they can be read, never written back as UTF-8.
 */
public record TextFiles(SortedMap<String, String> files, List<Skipped> skipped, SortedSet<String> notUtf8) {
    public TextFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        skipped = List.copyOf(skipped);
        notUtf8 = Collections.unmodifiableSortedSet(new TreeSet<>(notUtf8));
    }

    public TextFiles(SortedMap<String, String> files, List<Skipped> skipped) {
        this(files, skipped, new TreeSet<>());
    }

    /** The paths that are symbolic links: nothing may be written through them. */
    public java.util.Set<String> links() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        skipped.stream().filter(s -> s.reason() == Reason.SYMLINK).forEach(s -> out.add(s.path()));
        return out;
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
