package dev.consolidator.transform.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.consolidator.transform.ImportChange;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a file's import block as text: renamed imports keep their line (and trailing comment), removed ones lose
 * their line, added ones go in name order among the others; a block left empty disappears with its blank line.
 * The stack notes list what the lexical-preserving printer does to imports, hence a splice.
 */
public final class ImportEditor {
    private final CompilationUnit cu;
    private final JavaText text;
    private final Map<ImportDeclaration, String> renamed = new IdentityHashMap<>();
    private final Set<ImportDeclaration> removed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> added = new LinkedHashSet<>();
    private final List<ImportChange> changes = new ArrayList<>();
    private final String file;

    public ImportEditor(String file, CompilationUnit cu, JavaText text) {
        this.file = file;
        this.cu = cu;
        this.text = text;
    }

    public static String describe(ImportDeclaration imp) {
        return describe(imp.getNameAsString(), imp.isStatic(), imp.isAsterisk());
    }

    private static String describe(String name, boolean isStatic, boolean asterisk) {
        return (isStatic ? "static " : "") + name + (asterisk ? ".*" : "");
    }

    /** Points an import at another name; the static and on-demand flags stay. */
    public void rename(ImportDeclaration imp, String newName) {
        if (removed.contains(imp) || imp.getNameAsString().equals(newName)) return;
        if (isImported(newName, imp.isStatic(), imp.isAsterisk())) {
            remove(imp);
            return;
        }
        renamed.put(imp, newName);
        changes.add(new ImportChange(file, describe(imp), describe(newName, imp.isStatic(), imp.isAsterisk())));
    }

    public void remove(ImportDeclaration imp) {
        if (!removed.add(imp)) return;
        String was = renamed.remove(imp);
        changes.removeIf(c -> was != null && c.oldImport().equals(describe(imp)));
        changes.add(new ImportChange(file, describe(imp), null));
    }

    /** Adds a single-type import unless the file already has it. */
    public void add(String name) {
        if (isImported(name, false, false) || !added.add(name)) return;
        changes.add(new ImportChange(file, null, name));
    }

    /** Whether the file, as edited so far, imports exactly this. */
    public boolean isImported(String name, boolean isStatic, boolean asterisk) {
        if (!isStatic && !asterisk && added.contains(name)) return true;
        for (ImportDeclaration imp : cu.getImports()) {
            if (removed.contains(imp) || imp.isStatic() != isStatic || imp.isAsterisk() != asterisk) continue;
            if (currentName(imp).equals(name)) return true;
        }
        return false;
    }

    public boolean isRemoved(ImportDeclaration imp) {
        return removed.contains(imp);
    }

    public String currentName(ImportDeclaration imp) {
        return renamed.getOrDefault(imp, imp.getNameAsString());
    }

    public List<ImportChange> changes() {
        return List.copyOf(changes);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public void applyTo(TextEdits edits) {
        if (!hasChanges()) return;
        String nl = text.newline();
        List<ImportDeclaration> imports = cu.getImports();
        if (imports.isEmpty()) {
            insertFreshBlock(edits, nl);
            return;
        }
        int blockStart = text.lineStart(text.begin(imports.get(0)));
        int blockEnd = text.nextLineStart(text.end(imports.get(imports.size() - 1)));
        List<String> lines = new ArrayList<>();     // whole lines, terminators included
        List<String> sortKeys = new ArrayList<>();  // import name for import lines, null for other lines
        int at = blockStart;
        for (ImportDeclaration imp : imports) {
            int lineStart = text.lineStart(text.begin(imp));
            if (lineStart < at) return;  // two imports on one line: leave the block alone rather than guess
            addGapLines(lines, sortKeys, text.text().substring(at, lineStart));
            int lineEnd = text.nextLineStart(text.end(imp));
            if (!removed.contains(imp)) {
                String line = text.text().substring(lineStart, lineEnd);
                String newName = renamed.get(imp);
                if (newName != null) {
                    int nameStart = text.begin(imp.getName()) - lineStart;
                    int nameEnd = text.end(imp.getName()) - lineStart;
                    line = line.substring(0, nameStart) + newName + line.substring(nameEnd);
                }
                if (!line.endsWith("\n") && !line.endsWith("\r")) line = line + nl;
                lines.add(line);
                sortKeys.add((imp.isStatic() ? "~" : "") + currentName(imp));
            }
            at = lineEnd;
        }
        for (String name : added) insertSorted(lines, sortKeys, name, nl);
        String block = tidy(lines, sortKeys);
        int replaceEnd = blockEnd;
        if (block.isEmpty()) {   // no imports left: take the blank line that separated the block too
            while (replaceEnd < text.text().length() && text.text().startsWith(nl, replaceEnd)) {
                replaceEnd += nl.length();
                break;
            }
        }
        edits.replace(blockStart, replaceEnd, block);
    }

    private void addGapLines(List<String> lines, List<String> keys, String gap) {
        int i = 0;
        while (i < gap.length()) {
            int next = new JavaText(gap.substring(i)).nextLineStart(0) + i;
            lines.add(gap.substring(i, next));
            keys.add(null);
            i = next;
        }
    }

    private static void insertSorted(List<String> lines, List<String> keys, String name, String nl) {
        int lastImport = -1;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || key.startsWith("~")) continue;
            if (key.compareTo(name) > 0) {
                lines.add(i, "import " + name + ";" + nl);
                keys.add(i, name);
                return;
            }
            lastImport = i;
        }
        int at = lastImport + 1;
        if (lastImport < 0) at = 0;
        lines.add(at, "import " + name + ";" + nl);
        keys.add(at, name);
    }

    /** Drops blank lines left doubled (an emptied group) or leading; an import-less block becomes empty. */
    private static String tidy(List<String> lines, List<String> keys) {
        if (keys.stream().allMatch(k -> k == null) && lines.stream().allMatch(l -> l.isBlank())) return "";
        StringBuilder out = new StringBuilder();
        boolean previousBlank = true;
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (blank && previousBlank) continue;
            out.append(line);
            previousBlank = blank;
        }
        String result = out.toString();
        while (true) {   // the block ends on an import line, as it began
            int cut = result.stripTrailing().length();
            int next = new JavaText(result).nextLineStart(cut);
            if (next == result.length()) return result;
            result = result.substring(0, next);
        }
    }

    private void insertFreshBlock(TextEdits edits, String nl) {
        StringBuilder block = new StringBuilder();
        for (String name : added) block.append("import ").append(name).append(";").append(nl);
        if (block.isEmpty()) return;
        if (cu.getPackageDeclaration().isPresent()) {
            int end = text.end(cu.getPackageDeclaration().get());
            edits.insert(end, nl + nl + block.substring(0, block.length() - nl.length()));
        } else {
            edits.insert(0, block + nl);
        }
    }
}
