package dev.consolidator.transform.retarget;

import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path for the common file: one that names old types only in import lines whose rewrite leaves its code
 * valid (same simple names; an on-demand import of a package that moves as a whole). Such a file is rewritten line by
 * line without parsing it; each new import line is parsed on its own. Anything else (the old package spelled in
 * code, comments or strings, a simple name that changes, a file in an old package) takes the full path.
 */
final class ImportOnlyRewrite {
    private static final Pattern IMPORT = Pattern.compile(
            "^(\\s*import\\s+)(static\\s+)?([\\w$]+(?:\\s*\\.\\s*[\\w$]+)*)(\\s*\\.\\s*\\*)?(\\s*;.*)$");

    private ImportOnlyRewrite() {
    }

    /** Empty when the fast path does not apply; else the result (null text when nothing changes). */
    static Optional<FileRetargeter.Result> tryRewrite(SourceModel model, Targets targets, String path, String text,
                                                       String filePackage) {
        if (targets.isOldPackage(filePackage)) return Optional.empty();
        String[] lines = JavaText.lines(text);
        List<String> importedNames = new ArrayList<>();
        for (String line : lines) {
            Matcher m = IMPORT.matcher(line.stripTrailing());
            if (m.matches() && m.group(2) == null && m.group(4) == null) importedNames.add(m.group(3).replaceAll("\\s", ""));
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<ImportChange> changes = new ArrayList<>();
        int references = 0;
        for (String line : lines) {
            boolean mentions = targets.oldPackages().stream().anyMatch(p -> !p.isEmpty() && line.contains(p + "."));
            if (!mentions) {
                out.append(line);
                continue;
            }
            Matcher m = IMPORT.matcher(line.stripTrailing());
            if (!m.matches()) return Optional.empty();
            boolean isStatic = m.group(2) != null;
            boolean asterisk = m.group(4) != null;
            String name = m.group(3).replaceAll("\\s", "");
            String newName;
            Optional<Target> prefix = targets.longestPrefixOf(name);
            if (prefix.isPresent()) {
                Target t = prefix.get();
                boolean exact = t.oldFqn().equals(name);
                if (exact && isStatic && !asterisk) return Optional.empty();
                if (exact && !isStatic && !asterisk) {
                    if (!t.newFqn().equals(t.newTop()) || !t.oldSimpleName().equals(t.topSimpleName())) return Optional.empty();
                    String pkg = t.newPackage();
                    boolean redundant = pkg.equals(filePackage) || pkg.equals("java.lang") || importedNames.contains(t.newFqn());
                    newName = redundant ? null : t.newFqn();
                } else {
                    newName = t.newFqn() + name.substring(t.oldFqn().length());
                }
            } else if (asterisk && !isStatic && targets.isOldPackage(name)) {
                if (!targets.packageEmptied(model, name) || !targets.keepsSimpleNames(model, name)) return Optional.empty();
                Optional<String> destination = targets.singleDestination(model, name);
                if (destination.isEmpty()) return Optional.empty();
                newName = destination.get().equals(filePackage) ? null : destination.get();
            } else {
                out.append(line);   // names another package that merely starts like an old one
                continue;
            }
            String old = (isStatic ? "static " : "") + name + (asterisk ? ".*" : "");
            references++;
            if (newName == null) return Optional.empty();   // removing lines: the full path tidies the block
            String rewritten = m.group(1) + (isStatic ? m.group(2) : "") + newName + (asterisk ? ".*" : "") + m.group(5)
                    + line.substring(line.stripTrailing().length());
            if (!JavaText.parsesAsImport(rewritten.strip().replaceAll(";.*", ";"))) return Optional.empty();
            changes.add(new ImportChange(path, old, (isStatic ? "static " : "") + newName + (asterisk ? ".*" : "")));
            out.append(rewritten);
        }
        if (references == 0) return Optional.of(new FileRetargeter.Result(null, List.of(), 0));
        return Optional.of(new FileRetargeter.Result(out.toString(), changes, references));
    }

    static boolean unchanged(FileRetargeter.Result result) {
        return result.text() == null;
    }
}
