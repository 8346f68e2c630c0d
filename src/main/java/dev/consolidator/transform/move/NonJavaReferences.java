package dev.consolidator.transform.move;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.modules.ModuleDirective;
import com.github.javaparser.ast.modules.ModuleExportsDirective;
import com.github.javaparser.ast.modules.ModuleOpensDirective;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TextEdits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of moved types outside Java code: {@code META-INF/services} files (their names and lines) and the package
 * directives of {@code module-info.java} are rewritten; any other file still naming an old type afterwards (XML,
 * properties, YAML, docs, string literals) is reported as a warning with its line, for a person to judge.
 */
public final class NonJavaReferences {
    private NonJavaReferences() {
    }

    /**
     * @param typeMap    old FQN to new FQN of the moved types
     * @param packageMap old package to the new package its types went to
     * @param emptied    old packages that no longer hold any type
     */
    public static void apply(SourceModel model, Map<String, String> typeMap, Map<String, String> packageMap,
                             Set<String> emptied, ChangeBuilder out) {
        for (String path : model.tree().paths()) {
            if (path.contains("META-INF/services/")) services(path, out.text(path), typeMap, out);
            if (path.endsWith("module-info.java") && out.text(path) != null) moduleInfo(path, out.text(path), packageMap, emptied, out);
        }
        warnings(model, typeMap, out);
    }

    private static String retargetBinaryName(String name, Map<String, String> typeMap) {
        for (Map.Entry<String, String> e : typeMap.entrySet()) {
            String old = e.getKey();
            if (name.equals(old) || name.startsWith(old + "$")) return e.getValue() + name.substring(old.length());
        }
        return name;
    }

    private static void services(String path, String text, Map<String, String> typeMap, ChangeBuilder out) {
        if (text == null) return;
        int slash = path.lastIndexOf('/');
        String service = path.substring(slash + 1);
        String newService = retargetBinaryName(service, typeMap);
        StringBuilder rewritten = new StringBuilder();
        for (String line : text.split("(?<=\n)", -1)) {
            int hash = line.indexOf('#');
            String content = hash < 0 ? line : line.substring(0, hash);
            String name = content.strip();
            String retargeted = name.isEmpty() ? name : retargetBinaryName(name, typeMap);
            rewritten.append(retargeted.equals(name) ? line : line.replace(name, retargeted));
        }
        String newPath = path.substring(0, slash + 1) + newService;
        if (!newPath.equals(path)) out.delete(path);
        out.write(newPath, rewritten.toString());
    }

    private static void moduleInfo(String path, String text, Map<String, String> packageMap, Set<String> emptied,
                                   ChangeBuilder out) {
        Optional<CompilationUnit> cu = JavaText.parse(text);
        if (cu.isEmpty() || cu.get().getModule().isEmpty()) return;
        JavaText source = new JavaText(text);
        TextEdits edits = new TextEdits(text);
        Set<String> exported = new TreeSet<>();
        Set<String> opened = new TreeSet<>();
        List<ModuleDirective> directives = cu.get().getModule().get().getDirectives();
        for (ModuleDirective d : directives) {
            if (d instanceof ModuleExportsDirective e) exported.add(e.getNameAsString());
            if (d instanceof ModuleOpensDirective o) opened.add(o.getNameAsString());
        }
        Map<String, String> added = new LinkedHashMap<>();
        for (ModuleDirective d : directives) {
            String pkg = d instanceof ModuleExportsDirective e ? e.getNameAsString()
                    : d instanceof ModuleOpensDirective o ? o.getNameAsString() : null;
            if (pkg == null || !packageMap.containsKey(pkg)) continue;
            String target = packageMap.get(pkg);
            Set<String> already = d instanceof ModuleExportsDirective ? exported : opened;
            String keyword = d instanceof ModuleExportsDirective ? "exports" : "opens";
            if (already.contains(target) || added.containsKey(keyword + " " + target)) {
                if (emptied.contains(pkg)) edits.replace(source.lineStart(source.begin(d)), source.nextLineStart(source.end(d)), "");
                continue;
            }
            var name = d instanceof ModuleExportsDirective e ? e.getName() : ((ModuleOpensDirective) d).getName();
            if (emptied.contains(pkg)) {
                edits.replace(source.begin(name), source.end(name), target);
            } else {   // the old package stays: the new one is exported (or opened) alongside it, the same way
                String line = text.substring(source.lineStart(source.begin(d)), source.nextLineStart(source.end(d)));
                edits.insert(source.nextLineStart(source.end(d)), line.replace(pkg, target));
            }
            added.put(keyword + " " + target, pkg);
        }
        if (!edits.isEmpty()) out.write(path, edits.apply());
    }

    private static void warnings(SourceModel model, Map<String, String> typeMap, ChangeBuilder out) {
        Set<String> paths = new TreeSet<>(model.tree().paths());
        Set<String> oldPackages = new TreeSet<>();
        typeMap.keySet().forEach(t -> oldPackages.add(SourceModel.packageOf(t)));
        for (String path : paths) {
            String text = out.text(path);
            if (text == null || path.contains("META-INF/services/")) continue;
            if (oldPackages.stream().noneMatch(text::contains)) continue;   // one cheap scan per package, not per type
            List<String> found = new ArrayList<>();
            for (String old : typeMap.keySet()) if (text.contains(old)) found.add(old);
            if (found.isEmpty()) continue;
            JavaText lines = new JavaText(text);
            for (String old : found) {
                int at = text.indexOf(old);
                while (at >= 0) {
                    int end = at + old.length();
                    boolean wholeName = end >= text.length() || text.charAt(end) == '$' || !Character.isJavaIdentifierPart(text.charAt(end));
                    boolean startsName = at == 0 || (!Character.isJavaIdentifierPart(text.charAt(at - 1)) && text.charAt(at - 1) != '.');
                    if (wholeName && startsName) {
                        out.warning(new Warning(path, lines.lineOf(at), "still names " + old + ", which this step moves to "
                                + typeMap.get(old) + "; update it by hand if it refers to the type"));
                    }
                    at = text.indexOf(old, end);
                }
            }
        }
    }
}
