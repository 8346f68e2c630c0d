package dev.consolidator.transform.retarget;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where types are named: the same resolution as the retargeter, reporting instead of rewriting. */
public final class TypeReferences {
    /** A spelled reference: file, 1-based line, the type referred to. */
    public record Reference(String path, int line, String type) {
    }

    private TypeReferences() {
    }

    /** Every reference to the given types (imports included) in the Java files of the model, except {@code skip}. */
    public static List<Reference> find(SourceModel model, Set<String> types, Set<String> skip) {
        Map<String, String> identity = types.stream().collect(Collectors.toMap(Function.identity(), Function.identity()));
        Targets targets = new Targets(model, identity);
        List<Reference> found = new ArrayList<>();
        for (String path : model.javaFiles().keySet().stream().sorted().toList()) {
            if (skip.contains(path)) continue;
            String source = model.tree().text(path);
            if (!targets.mayMention(source, model.file(path).orElseThrow().packageName())) continue;
            Optional<CompilationUnit> cu = model.parseTransient(path);
            if (cu.isEmpty()) continue;
            JavaText text = new JavaText(source);
            for (ImportDeclaration imp : cu.get().getImports()) {
                targets.longestPrefixOf(imp.getNameAsString()).ifPresent(t ->
                        found.add(new Reference(path, imp.getBegin().map(p -> p.line).orElse(1), t.oldFqn())));
            }
            FileScope scope = new FileScope(model, targets, cu.get());
            for (ReferenceFinder.Match m : new ReferenceFinder(text, scope, targets).find(cu.get())) {
                found.add(new Reference(path, text.lineOf(m.start()), m.target().oldFqn()));
            }
        }
        found.sort(java.util.Comparator.comparing(Reference::path).thenComparingInt(Reference::line));
        return found;
    }
}
