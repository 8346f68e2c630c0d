package dev.consolidator.transform.retarget;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.source.ImportEditor;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TextEdits;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Retargets one file: finds the references, plans its imports, and splices both into the original text. */
final class FileRetargeter {
    /** The new text of a file, its import changes, and how many references were rewritten. */
    record Result(String text, List<ImportChange> importChanges, int references) {
    }

    private final SourceModel model;
    private final Targets targets;
    private final String path;
    private final JavaText text;
    private final CompilationUnit cu;
    private final FileScope scope;
    private final ImportEditor imports;
    private final Map<String, Boolean> usable = new HashMap<>();

    FileRetargeter(SourceModel model, Targets targets, String path, String source, CompilationUnit cu) {
        this.model = model;
        this.targets = targets;
        this.path = path;
        this.text = new JavaText(source);
        this.cu = cu;
        this.scope = new FileScope(model, targets, cu);
        this.imports = new ImportEditor(path, cu, text);
    }

    Optional<Result> run() {
        List<ReferenceFinder.Match> matches = new ReferenceFinder(text, scope, targets).find(cu);
        int references = rewriteImports();
        Set<String> toImport = new LinkedHashSet<>();
        TextEdits edits = new TextEdits(text.text());
        for (ReferenceFinder.Match m : matches) {
            Target t = m.target();
            String replacement;
            if (m.qualified() || !isUsable(t)) {
                replacement = t.newFqn();
            } else {
                replacement = t.relative();
                if (needsImport(t)) toImport.add(t.newTop());
            }
            edits.replace(m.start(), m.end(), replacement);
            references++;
        }
        toImport.forEach(imports::add);
        imports.applyTo(edits);
        if (edits.isEmpty()) return Optional.empty();
        return Optional.of(new Result(edits.apply(), imports.changes(), references));
    }

    /** Imports naming old types (or their members) follow them; imports that become pointless go. */
    private int rewriteImports() {
        int rewritten = 0;
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            Optional<Target> prefix = targets.longestPrefixOf(name);
            if (prefix.isPresent()) {
                Target t = prefix.get();
                boolean exact = t.oldFqn().equals(name);
                if (exact && !imp.isStatic() && !imp.isAsterisk()) {
                    if (isUsable(t) && needsImport(t)) imports.rename(imp, t.newTop()); else imports.remove(imp);
                } else if (exact && imp.isStatic() && !imp.isAsterisk() && t.newFqn().equals(t.newTop())) {
                    imports.remove(imp);   // a nested type imported statically that becomes top-level: code gets a plain import
                } else {
                    imports.rename(imp, t.newFqn() + name.substring(t.oldFqn().length()));
                }
                rewritten++;
            } else if (imp.isAsterisk() && !imp.isStatic() && targets.packageEmptied(model, name)) {
                Optional<String> movedTo = targets.singleDestination(model, name);   // a package move: the wildcard follows it
                if (movedTo.isPresent() && !movedTo.get().equals(scope.pkg)) imports.rename(imp, movedTo.get());
                else imports.remove(imp);
                rewritten++;
            }
        }
        return rewritten;
    }

    /** Whether code here can name the new type's top-level type by its simple name without changing another name's meaning. */
    private boolean isUsable(Target t) {
        return usable.computeIfAbsent(t.newTop(), top -> computeUsable(t));
    }

    private boolean computeUsable(Target t) {
        String simple = t.topSimpleName();
        String top = t.newTop();
        Optional<String> declared = scope.declaredType(simple);
        if (declared.isPresent()) return becomes(declared.get(), top);
        String imported = scope.singleImports.get(simple);
        if (imported != null) return becomes(imported, top);
        if (t.newPackage().equals(scope.pkg)) return true;
        String samePackage = SourceModel.qualify(scope.pkg, simple);
        if (model.typesIn(scope.pkg).contains(simple) && !targets.leavesPackage(samePackage)) return becomes(samePackage, top);
        if (t.newPackage().equals("java.lang")) return true;
        for (String q : scope.onDemand) {
            if (q.equals(t.newPackage())) continue;
            String other = q + "." + simple;
            if ((model.typesIn(q).contains(simple) || FileScope.isPlatformType(other)) && !targets.leavesPackage(other)) return false;
        }
        return !FileScope.isJavaLang(simple);
    }

    /** Whether a type this file already names by {@code simple} is, or is being retargeted to, {@code top}. */
    private boolean becomes(String existing, String top) {
        if (existing.equals(top)) return true;
        Target t = targets.get(existing);
        return t != null && t.newTop().equals(top);
    }

    private boolean needsImport(Target t) {
        String pkg = t.newPackage();
        if (pkg.equals(scope.pkg) || pkg.equals("java.lang") || pkg.isEmpty()) return false;
        if (scope.declaredType(t.topSimpleName()).filter(d -> d.equals(t.newTop())).isPresent()) return false;
        for (ImportDeclaration imp : cu.getImports()) {
            if (imp.isStatic() || imports.isRemoved(imp)) continue;
            String current = imports.currentName(imp);
            if (!imp.isAsterisk() && current.equals(t.newTop())) return false;
            if (imp.isAsterisk() && current.equals(pkg)) return false;
        }
        return true;
    }
}
