package dev.consolidator.transform.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals, text blocks and comments of a Java text, as offset ranges, found by a small lexer (no parse,
 * so a file that does not parse still has its strings). A string's range is its content between the quotes.
 */
public final class JavaLiterals {
    private JavaLiterals() {
    }

    public enum Kind { STRING, TEXT_BLOCK, COMMENT }

    /** {@code [start, end)} of the content. */
    public record Region(Kind kind, int start, int end) {
    }

    public static List<Region> of(String text) {
        List<Region> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = lineEnd(text, i);
                out.add(new Region(Kind.COMMENT, i + 2, end));
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 ? n : close;
                out.add(new Region(Kind.COMMENT, i + 2, end));
                i = close < 0 ? n : close + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = closing(text, i + 3, "\"\"\"");
                out.add(new Region(Kind.TEXT_BLOCK, i + 3, end));
                i = Math.min(n, end + 3);
            } else if (c == '"') {
                int end = closing(text, i + 1, "\"");
                out.add(new Region(Kind.STRING, i + 1, end));
                i = Math.min(n, end + 1);
            } else if (c == '\'') {
                i = Math.min(n, closing(text, i + 1, "'") + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** The offset of the unescaped closing delimiter; a single-line literal never runs past its line. */
    private static int closing(String text, int from, String delimiter) {
        boolean singleLine = delimiter.length() == 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (singleLine && (c == '\n' || c == '\r')) {
                return i;
            } else if (text.startsWith(delimiter, i)) {
                return i;
            }
        }
        return text.length();
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') return i;
        }
        return text.length();
    }
}
