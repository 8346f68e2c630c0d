package dev.consolidator.transform.move;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.modules.ModuleDirective;
import com.github.javaparser.ast.modules.ModuleExportsDirective;
import com.github.javaparser.ast.modules.ModuleOpensDirective;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.ServiceFiles;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TextEdits;
import dev.consolidator.transform.source.TypeMentions;

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
     * @param typeMap    old FQN to new FQN of the moved types (top-level types: their binary names too)
     * @param packageMap old package to the new package its types went to
     * @param emptied    old packages that no longer hold any type
     * @param skip       files whose mentions of the old names are meant (the plan)
     */
    public static void apply(SourceModel model, Map<String, String> typeMap, Map<String, String> packageMap,
                             Set<String> emptied, Set<String> skip, ChangeBuilder out) {
        for (String path : model.tree().paths()) {
            if (ServiceFiles.isServiceFile(path) && out.text(path) != null) services(path, out.text(path), typeMap, out);
            if (path.endsWith("module-info.java") && out.text(path) != null) moduleInfo(path, out.text(path), packageMap, emptied, out);
        }
        for (TypeMentions.Mention m : TypeMentions.find(model.tree().paths(), out::text, typeMap.keySet(), skip)) {
            out.warning(new Warning(m.path(), m.line(), "still names " + m.type() + ", which this step moves to "
                    + typeMap.get(m.type()) + "; update it by hand if it refers to the type"));
        }
    }

    private static void services(String path, String text, Map<String, String> typeMap, ChangeBuilder out) {
        ServiceFiles.retarget(path, text, typeMap).ifPresent(r -> {
            if (!r.path().equals(path)) out.delete(path);
            out.write(r.path(), r.text());
        });
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
}
