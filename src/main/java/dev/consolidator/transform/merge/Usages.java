package dev.consolidator.transform.merge;

import dev.consolidator.transform.source.JavaText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap textual scans over the tree's Java files, used only to be conservative: a hit makes the merge refuse
 * (or look closer), never rewrites anything.
 */
final class Usages {
    /** A file and line where a pattern matched. */
    record Hit(String path, int line) {
        @Override
        public String toString() {
            return path + ":" + line;
        }
    }

    private Usages() {
    }

    static List<Hit> find(Map<String, String> files, Pattern pattern, java.util.function.Predicate<String> pathFilter) {
        List<Hit> hits = new ArrayList<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".java") && pathFilter.test(path)) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    hits.add(new Hit(path, new JavaText(text).lineOf(m.start())));
                }
            }
        });
        return hits;
    }

    /** {@code new Name(} with no arguments ({@code noArgs}) or any arguments, the name optionally qualified. */
    static Pattern construction(String simpleName, boolean noArgs) {
        return Pattern.compile("\\bnew\\s+(?:[\\w$]+\\s*\\.\\s*)*" + Pattern.quote(simpleName)
                + "\\s*(?:<[^>()]*>)?\\s*\\(" + (noArgs ? "\\s*\\)" : ""));
    }

    static Pattern word(String word) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
    }

    static boolean mentions(String text, String word) {
        return word(word).matcher(text).find();
    }
}
