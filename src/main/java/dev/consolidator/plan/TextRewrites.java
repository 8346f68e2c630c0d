package dev.consolidator.plan;

import java.util.List;

/**
 * What the plan does with retired type names outside code: {@code strings} says whether qualified names in the
 * strings and comments of Java files are rewritten (the default) or only reported, and {@code rewriteText} lists
 * other files (globs relative to the repository root) whose exact qualified names are rewritten too.
 */
public record TextRewrites(Strings strings, List<PathGlob> rewriteText) {
    public static final TextRewrites DEFAULT = new TextRewrites(Strings.REWRITE, List.of());

    public enum Strings { REWRITE, WARN }

    public TextRewrites {
        rewriteText = List.copyOf(rewriteText);
    }

    /** Whether the plan asked for this (non-Java) file to be rewritten by exact name. */
    public boolean rewritesText(String path) {
        return rewriteText.stream().anyMatch(g -> g.matches(path));
    }
}
