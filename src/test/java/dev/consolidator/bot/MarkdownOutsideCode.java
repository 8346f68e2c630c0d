package dev.consolidator.bot;

/** The text of a Markdown document with its code spans and fenced blocks taken out, as CommonMark delimits them. */
final class MarkdownOutsideCode {
    private MarkdownOutsideCode() {
    }

    static String of(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                out.append(withoutSpans(line)).append('\n');
            }
        }
        return out.toString();
    }

    /** A span opens with a run of n backticks and closes at the next run of exactly n; an unclosed run is text. */
    private static String withoutSpans(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                out.append(line.charAt(i++));
                continue;
            }
            int n = run(line, i);
            int close = findRun(line, i + n, n);
            if (close < 0) {
                out.append(line, i, i + n);
                i += n;
            } else {
                i = close + n;
            }
        }
        return out.toString();
    }

    private static int findRun(String line, int from, int n) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int r = run(line, i);
                if (r == n) return i;
                i += r;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int run(String line, int i) {
        int j = i;
        while (j < line.length() && line.charAt(j) == '`') j++;
        return j - i;
    }
}
