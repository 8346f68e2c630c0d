package dev.consolidator.transform.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a file's package and its top-level type names without parsing: a scan that skips comments. */
final class PackageScanner {
    /** Top-level declarations start at column 0 by every formatter we know; nested ones are indented. */
    private static final Pattern TOP_LEVEL = Pattern.compile(
            "(?:(?:public|protected|private|final|abstract|sealed|non-sealed|strictfp|static)\\s+|@\\w+(?:\\([^)]*\\))?\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+([A-Za-z_$][\\w$]*)");

    private PackageScanner() {
    }

    static String packageOf(String text) {
        int i = skipTrivia(text, 0);
        while (i < text.length() && text.charAt(i) == '@') {   // package-info.java annotations
            i = skipAnnotation(text, i);
            i = skipTrivia(text, i);
        }
        if (text.startsWith("package", i) && i + 7 < text.length() && !Character.isJavaIdentifierPart(text.charAt(i + 7))) {
            int end = text.indexOf(';', i);
            if (end < 0) return "";
            return text.substring(i + 7, end).replaceAll("\\s+|/\\*.*?\\*/", "");
        }
        return "";
    }

    /** Only lines starting at column 0 with a letter or '@' are tried: the regex never runs on indented code. */
    static List<String> topLevelTypes(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = TOP_LEVEL.matcher(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) eol = n;
            char c = text.charAt(i);
            if ((Character.isLetter(c) || c == '@') && !text.startsWith("import", i) && !text.startsWith("package", i)) {
                m.region(i, eol);
                if (m.lookingAt()) names.add(m.group(1));
            }
            i = eol + 1;
        }
        return names;
    }

    private static int skipTrivia(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("//", i)) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int skipAnnotation(String text, int i) {
        i++;
        while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) i++;
        i = skipTrivia(text, i);
        if (i < text.length() && text.charAt(i) == '(') {
            int depth = 0;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') depth++;
                if (c == ')' && --depth == 0) return i + 1;
            }
        }
        return i;
    }
}
