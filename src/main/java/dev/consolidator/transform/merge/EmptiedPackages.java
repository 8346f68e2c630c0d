package dev.consolidator.transform.merge;

import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.source.SourceModel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A merge can empty a package (its last types merged away); an on-demand import of it ({@code import a.*;}) then
 * no longer compiles ("package a does not exist"), so it is removed. Only packages that had Java files before and
 * have none after are touched: an on-demand import of a library package is never removed.
 */
final class EmptiedPackages {
    private EmptiedPackages() {
    }

    /** {@code candidates}: the packages the merge took types from; only those can have become empty. */
    static SourceTree removeImports(Set<String> candidates, SourceTree after, List<ImportChange> changes) {
        Set<String> emptied = of(candidates, after);
        if (emptied.isEmpty()) {
            return after;
        }
        Map<String, String> files = new TreeMap<>(after.files());
        for (Map.Entry<String, String> e : after.files().entrySet()) {
            if (!e.getKey().endsWith(".java")) {
                continue;
            }
            String text = e.getValue();
            for (String pkg : emptied) {
                Matcher m = Pattern.compile("(?m)^[ \\t]*import[ \\t]+" + String.join("\\s*\\.\\s*", java.util.Arrays.stream(pkg.split("\\.")).map(Pattern::quote).toList())
                        + "\\s*\\.\\s*\\*\\s*;[ \\t]*(?:\\r\\n|\\r|\\n)").matcher(text);
                if (m.find()) {
                    text = text.substring(0, m.start()) + text.substring(m.end());
                    changes.add(new ImportChange(e.getKey(), pkg + ".*", null));
                }
            }
            files.put(e.getKey(), text);
        }
        return SourceTree.of(files);
    }

    /** The {@code candidates} no Java file of {@code after} declares any more. */
    static Set<String> of(Set<String> candidates, SourceTree after) {
        Set<String> emptied = new TreeSet<>(candidates);
        emptied.removeIf(pkg -> stillHasTypes(after, pkg));
        return emptied;
    }

    /** Whether a Java file of the tree declares the package (only files in a directory named after it are read). */
    private static boolean stillHasTypes(SourceTree tree, String pkg) {
        String dir = "/" + pkg.replace('.', '/') + "/";
        for (var e : tree.files().entrySet()) {
            String path = e.getKey();
            int slash = path.lastIndexOf('/');
            if (path.endsWith(".java") && !path.endsWith("package-info.java") && !path.endsWith("module-info.java")
                    && ("/" + path.substring(0, slash + 1)).endsWith(dir) && SourceModel.packageDeclaredBy(e.getValue()).equals(pkg)) {
                return true;
            }
        }
        return pkg.isEmpty();
    }
}
