package dev.consolidator.git;

import java.util.SortedSet;
import java.util.TreeSet;

/** A file at a head commit and the lines (1-based) that differ from the merge base: the head's own changes. */
public record ChangedText(String path, String text, SortedSet<Integer> lines) {
    public ChangedText {
        lines = new TreeSet<>(lines);
    }
}
