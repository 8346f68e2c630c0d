package dev.consolidator.transform.source;

/**
 * Java source with comments, string, character and text-block literals blanked out (newlines kept, so offsets and
 * line numbers stay the same): what is left is code, where a name is a real reference.
 */
public final class CodeOnly {
    private CodeOnly() {
    }

    /** Line {@code i} (0-based) of the result is line {@code i + 1} of the file. */
    public static String[] lines(String src) {
        return of(src).split("\r?\n|\r", -1);
    }

    public static String of(String src) {
        StringBuilder out = new StringBuilder(src);
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = blank(out, src, i, src.indexOf('\n', i) < 0 ? n : src.indexOf('\n', i));
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = blank(out, src, i, end < 0 ? n : end + 2);
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                i = blank(out, src, i, end < 0 ? n : end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = blank(out, src, i, Math.min(n, j + 1));
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder out, String src, int from, int to) {
        for (int k = from; k < to; k++) {
            if (src.charAt(k) != '\n' && src.charAt(k) != '\r') {
                out.setCharAt(k, ' ');
            }
        }
        return to;
    }
}
