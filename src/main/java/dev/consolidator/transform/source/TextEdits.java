package dev.consolidator.transform.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Precise splices into one original text. Edits are given as offsets of the ORIGINAL text and applied together, so
 * everything the change does not cover stays byte-identical (the lexical-preserving printer does not promise that).
 */
public final class TextEdits {
    private record Edit(int start, int end, String replacement) {
    }

    private final String original;
    private final List<Edit> edits = new ArrayList<>();

    public TextEdits(String original) {
        this.original = original;
    }

    public void replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > original.length()) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
        if (original.substring(start, end).equals(replacement)) return;
        edits.add(new Edit(start, end, replacement));
    }

    public void insert(int at, String text) {
        edits.add(new Edit(at, at, text));
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edited text. Overlapping edits are a bug in the caller and fail loudly. */
    public String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(original.length() + 64);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start < at) throw new IllegalStateException("overlapping edits at offset " + e.start);
            out.append(original, at, e.start).append(e.replacement);
            at = e.end;
        }
        return out.append(original.substring(at)).toString();
    }
}
