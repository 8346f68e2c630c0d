package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.JavaLiterals;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.RetiredNames;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A string that holds the simple name of a type whose simple name the step changes ({@code "OldCodec"} compared with
 * {@code getSimpleName()}, a log message) may mean the type or may be a word: a person decides, so it is a warning,
 * in every Java file the step leaves, the moved and merged ones included. Comments are left alone (prose).
 */
final class SimpleNamesInStrings {
    private SimpleNamesInStrings() {
    }

    static List<Warning> find(SourceTree tree, RetiredNames names, Set<String> skip) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (RetiredNames.Rename r : names.renames()) {
            String oldSimple = SourceModel.simpleName(r.old());
            String newSimple = SourceModel.simpleName(r.canonical());
            if (!oldSimple.equals(newSimple)) changed.putIfAbsent(oldSimple, newSimple);
        }
        List<Warning> out = new ArrayList<>();
        if (changed.isEmpty()) return out;
        for (String path : tree.paths()) {
            String text = tree.text(path);
            if (!path.endsWith(".java") || skip.contains(path) || changed.keySet().stream().noneMatch(text::contains)) {
                continue;
            }
            JavaText lines = null;
            for (JavaLiterals.Region region : JavaLiterals.of(text)) {
                if (region.kind() == JavaLiterals.Kind.COMMENT) continue;
                for (Map.Entry<String, String> e : changed.entrySet()) {
                    int at = indexOfWord(text, e.getKey(), region.start(), region.end());
                    if (at < 0) continue;
                    lines = lines == null ? new JavaText(text) : lines;
                    out.add(new Warning(path, lines.lineOf(at), "a string holds \"" + e.getKey() + "\", the old simple"
                            + " name of a type this step renames to " + e.getValue() + "; update it by hand if it"
                            + " refers to the type"));
                }
            }
        }
        return out;
    }

    /** The first whole-word occurrence that is not the last part of a qualified name (those are handled apart). */
    private static int indexOfWord(String text, String word, int from, int to) {
        for (int at = text.indexOf(word, from); at >= 0 && at + word.length() <= to; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean starts = at == 0 || (!Character.isJavaIdentifierPart(text.charAt(at - 1)) && text.charAt(at - 1) != '.');
            boolean ends = end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (starts && ends) return at;
        }
        return -1;
    }
}
