package dev.consolidator.transform.move;

import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Import changes of a file as the difference between two versions, a removal and an addition of the same simple name paired as a rewrite. */
final class ImportDiff {
    private ImportDiff() {
    }

    static List<ImportChange> between(String file, String before, String after) {
        Set<String> old = imports(before);
        Set<String> fresh = imports(after);
        List<String> removed = old.stream().filter(i -> !fresh.contains(i)).toList();
        List<String> added = new ArrayList<>(fresh.stream().filter(i -> !old.contains(i)).toList());
        List<ImportChange> changes = new ArrayList<>();
        for (String r : removed) {
            String pair = added.stream().filter(a -> SourceModel.simpleName(a).equals(SourceModel.simpleName(r))
                    && a.startsWith("static ") == r.startsWith("static ")).findFirst().orElse(null);
            if (pair != null) added.remove(pair);
            changes.add(new ImportChange(file, r, pair));
        }
        added.forEach(a -> changes.add(new ImportChange(file, null, a)));
        return changes;
    }

    private static final java.util.regex.Pattern IMPORT = java.util.regex.Pattern.compile(
            "(?m)^\\s*import\\s+(static\\s+)?([\\w$.\\s]+?)(\\s*\\.\\s*\\*)?\\s*;");

    /** Import lines read by pattern: both versions parsed already, and this runs for every moved file. */
    private static Set<String> imports(String text) {
        Set<String> result = new LinkedHashSet<>();
        java.util.regex.Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            result.add((m.group(1) != null ? "static " : "") + m.group(2).replaceAll("\\s", "") + (m.group(3) != null ? ".*" : ""));
        }
        return result;
    }
}
