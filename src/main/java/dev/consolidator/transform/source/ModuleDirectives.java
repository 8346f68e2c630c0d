package dev.consolidator.transform.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.modules.ModuleDirective;
import com.github.javaparser.ast.modules.ModuleExportsDirective;
import com.github.javaparser.ast.modules.ModuleOpensDirective;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The package directives of {@code module-info.java} ({@code exports}, {@code opens}) when packages move or empty. */
public final class ModuleDirectives {
    private ModuleDirectives() {
    }

    /**
     * The module declaration after its types' packages moved: an {@code exports} or {@code opens} of a package in
     * {@code packageMap} is renamed to the new package when the old one is {@code emptied}, or gets a twin for the new
     * one when the old one keeps types; a directive the new package already has is dropped with the empty package.
     * Empty when nothing changes (or the text is not a module declaration).
     */
    public static Optional<String> retarget(String text, Map<String, String> packageMap, Set<String> emptied) {
        Optional<CompilationUnit> cu = JavaText.parse(text);
        if (cu.isEmpty() || cu.get().getModule().isEmpty()) return Optional.empty();
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
        return edits.isEmpty() ? Optional.empty() : Optional.of(edits.apply());
    }

    /** The module declaration without the {@code exports} and {@code opens} of {@code packages} (they no longer exist). */
    public static Optional<String> drop(String text, Set<String> packages) {
        Optional<CompilationUnit> cu = JavaText.parse(text);
        if (cu.isEmpty() || cu.get().getModule().isEmpty()) return Optional.empty();
        JavaText source = new JavaText(text);
        TextEdits edits = new TextEdits(text);
        for (ModuleDirective d : cu.get().getModule().get().getDirectives()) {
            String pkg = d instanceof ModuleExportsDirective e ? e.getNameAsString()
                    : d instanceof ModuleOpensDirective o ? o.getNameAsString() : null;
            if (pkg != null && packages.contains(pkg)) {
                edits.replace(source.lineStart(source.begin(d)), source.nextLineStart(source.end(d)), "");
            }
        }
        return edits.isEmpty() ? Optional.empty() : Optional.of(edits.apply());
    }
}
