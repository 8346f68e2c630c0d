package dev.consolidator.transform.guard;

import dev.consolidator.transform.source.CodeOnly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, on the lines a pull request added or changed, every use of a name a phase retired: imports, static imports,
 * qualified names, simple names made visible by an import, a wildcard import or the same package, module-info.java
 * directives and META-INF/services entries. Pure: files in, findings out. Only the changed lines are judged, but the
 * whole file is read to know its package, its imports and the types it declares itself (which shadow a simple name).
 */
public final class RetiredNameFinder {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.\\s]+?)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w$.\\s]+?)(\\s*\\.\\s*\\*)?\\s*;");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([\\w$]+)");
    private static final String SERVICES = "META-INF/services/";

    /** Retired names by fully qualified name; a name retired by a merged phase wins over one an open phase retires. */
    private final Map<String, RetiredName> byName = new LinkedHashMap<>();
    private final Map<String, List<RetiredName>> bySimpleName = new HashMap<>();
    private final Pattern qualified;
    private final Pattern simple;
    private final DescriptorUses descriptors;

    /** @param retiredPackages packages no type is left in, each with one name of it (for the new package's name) */
    public RetiredNameFinder(List<RetiredName> names, Set<String> retiredPackages) {
        for (RetiredName n : names) {
            byName.merge(n.oldType(), n, (a, b) -> a.merged() ? a : b);
        }
        byName.values().forEach(n -> bySimpleName.computeIfAbsent(n.simpleName(), k -> new ArrayList<>()).add(n));
        Map<String, RetiredName> emptied = new HashMap<>();
        for (RetiredName n : byName.values()) {
            if (n.merged() && retiredPackages.contains(n.oldPackage())) {
                emptied.putIfAbsent(n.oldPackage(), n);
            }
        }
        // longest first, so that a nested name wins over its outer type
        List<String> quoted = byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList();
        this.qualified = quoted.isEmpty() ? null : Pattern.compile("(?<![\\w$.])(" + String.join("|", quoted) + ")(?![\\w$])");
        List<String> simpleNames = bySimpleName.keySet().stream().map(Pattern::quote).toList();
        this.simple = simpleNames.isEmpty() ? null : Pattern.compile("(?<![\\w$.])(" + String.join("|", simpleNames) + ")(?![\\w$])");
        this.descriptors = new DescriptorUses(byName, emptied, qualified);
    }

    public List<GuardFinding> find(List<ChangedFile> files) {
        List<GuardFinding> out = new ArrayList<>();
        if (byName.isEmpty()) {
            return out;
        }
        for (ChangedFile file : files) {
            if (file.changedLines().isEmpty()) {
                continue;
            }
            if (file.path().contains(SERVICES)) {
                descriptors.serviceFile(file, out);
            } else if (file.path().endsWith("module-info.java")) {
                descriptors.moduleInfo(file, out);
            } else if (file.path().endsWith(".java")) {
                javaFile(file, out);
            }
        }
        out.sort(Comparator.comparing(GuardFinding::path).thenComparingInt(GuardFinding::line));
        return out;
    }

    private void javaFile(ChangedFile file, List<GuardFinding> out) {
        String[] lines = CodeOnly.lines(file.text());
        String pkg = "";
        Set<String> wildcards = new HashSet<>();
        Map<String, String> singleImports = new HashMap<>(); // simple name → imported name
        Set<String> declared = new HashSet<>();
        Set<Integer> importLines = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher p = PACKAGE.matcher(lines[i]);
            if (p.find()) {
                pkg = p.group(1).replaceAll("\\s", "");
                continue;
            }
            Matcher m = IMPORT.matcher(lines[i]);
            if (m.find()) {
                importLines.add(i + 1);
                String name = m.group(2).replaceAll("\\s", "");
                if (m.group(3) != null && m.group(1) == null) {
                    wildcards.add(name);
                } else if (m.group(1) == null) {
                    singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
                }
                if (file.changedLines().contains(i + 1)) {
                    importFinding(file.path(), i + 1, m.group(1) != null, name).ifPresent(out::add);
                }
                continue;
            }
            Matcher d = DECLARED.matcher(lines[i]);
            while (d.find()) {
                declared.add(d.group(1));
            }
        }
        for (int line : file.changedLines()) {
            if (line < 1 || line > lines.length || importLines.contains(line)) {
                continue;
            }
            String code = lines[line - 1];
            Set<String> named = new HashSet<>();
            if (qualified != null) {
                Matcher q = qualified.matcher(code);
                while (q.find()) {
                    named.add(q.group(1));
                    out.add(new GuardFinding(file.path(), line, GuardFinding.Use.QUALIFIED_NAME, byName.get(q.group(1))));
                }
            }
            Matcher s = simple.matcher(code);
            while (s.find()) {
                String simpleName = s.group(1);
                visibleAs(simpleName, pkg, wildcards, singleImports, declared)
                        .filter(hit -> !named.contains(hit.name().oldType()))
                        .ifPresent(hit -> {
                            named.add(hit.name().oldType());
                            out.add(new GuardFinding(file.path(), line, hit.use(), hit.name()));
                        });
            }
        }
    }

    private record Visible(GuardFinding.Use use, RetiredName name) {
    }

    /** Which retired type a simple name on a line means, if any, by Java's scoping order. */
    private Optional<Visible> visibleAs(String simpleName, String pkg, Set<String> wildcards,
                                        Map<String, String> singleImports, Set<String> declared) {
        if (declared.contains(simpleName)) {
            return Optional.empty(); // the file declares its own type of that name
        }
        String imported = singleImports.get(simpleName);
        if (imported != null) {
            RetiredName n = byName.get(imported);
            return n == null ? Optional.empty() : Optional.of(new Visible(GuardFinding.Use.IMPORTED_SIMPLE_NAME, n));
        }
        for (RetiredName n : bySimpleName.getOrDefault(simpleName, List.of())) {
            if (n.topLevel() && n.oldPackage().equals(pkg)) {
                return Optional.of(new Visible(GuardFinding.Use.SAME_PACKAGE_SIMPLE_NAME, n));
            }
        }
        for (RetiredName n : bySimpleName.getOrDefault(simpleName, List.of())) {
            String owner = n.oldType().substring(0, n.oldType().lastIndexOf('.'));
            if (wildcards.contains(owner)) {
                return Optional.of(new Visible(GuardFinding.Use.WILDCARD_SIMPLE_NAME, n));
            }
        }
        return Optional.empty();
    }

    /** An import of a retired type, of a type nested in one, or of a member of one. */
    private Optional<GuardFinding> importFinding(String path, int line, boolean isStatic, String name) {
        for (String candidate = name; candidate.contains("."); candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            RetiredName n = byName.get(candidate);
            if (n != null) {
                return Optional.of(new GuardFinding(path, line, isStatic ? GuardFinding.Use.STATIC_IMPORT
                        : GuardFinding.Use.IMPORT, n));
            }
        }
        return Optional.empty();
    }
}
