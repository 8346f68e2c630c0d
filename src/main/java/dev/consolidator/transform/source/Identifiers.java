package dev.consolidator.transform.source;

import java.util.Set;

/**
 * A cheap scan of a file's text for whole identifiers, with no parsing: code, comments and strings alike, so it can
 * only say too much. A file whose text holds none of a set of names cannot refer to any of them in code (a file
 * that spells them with unicode escapes aside), and needs no parse for them.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /**
     * Whether a name (simple or dotted) occurs in the text with no identifier character on either side:
     * {@code Constants} is in {@code lib.Constants.HEAD}, not in {@code HttpConstants}.
     */
    public static boolean containsName(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code names} occurs in the text as a whole identifier (not part of a longer one). */
    public static boolean anyIn(String text, Set<String> names) {
        if (names.isEmpty()) return false;
        int longest = 0;
        for (String name : names) longest = Math.max(longest, name.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isJavaIdentifierStart(c)) {
                int start = i++;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) i++;
                if (i - start <= longest && names.contains(text.substring(start, i))) return true;
            } else {
                i++;
            }
        }
        return false;
    }
}
