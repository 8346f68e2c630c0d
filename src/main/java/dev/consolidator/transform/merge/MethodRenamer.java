package dev.consolidator.transform.merge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.InternalFailure;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.resolve.TreeTypeSolver;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.UnparsableJava;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies the plan's method renames of a members merge at the merged types' declarations and at every call site
 * and method reference in the tree. Each call is resolved with the symbol solver (one solver for this run,
 * dropped after), so a call on another type with the same method name stays as it is; a call that cannot be
 * resolved is a problem, never a guess.
 */
final class MethodRenamer {
    /** New texts of the files that changed, how many names were rewritten, the problems and the static imports renamed. */
    record Result(Map<String, String> texts, int rewritten, List<Problem> problems, List<ImportChange> importChanges) {
    }

    private final Set<String> sources;
    private final Map<String, String> renames;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ImportChange> importChanges = new ArrayList<>();
    private final Map<String, List<Splice>> edits = new LinkedHashMap<>();

    MethodRenamer(Set<String> sourceFqns, Map<String, String> renames) {
        this.sources = sourceFqns;
        this.renames = renames;
    }

    /** Runs over a tree parsed with the run's symbol solver ({@link #resolving}); the caller clears the solver's caches after. */
    Result run(SourceModel java) {
        SourceTree tree = java.tree();
        if (renames.isEmpty()) {
            return new Result(Map.of(), 0, List.of(), List.of());
        }
        tree.files().forEach((path, text) -> {
            if (path.endsWith(".java") && renames.keySet().stream().anyMatch(old -> Usages.mentions(text, old))) {
                InternalFailure.inFile(path, () -> collect(path, java.unit(path)));
            }
        });
        if (!problems.isEmpty()) {
            return new Result(Map.of(), 0, problems, List.of());
        }
        Map<String, String> texts = new TreeMap<>();
        int count = 0;
        for (var e : edits.entrySet()) {
            // each edit replaces one name token: a text splice keeps everything else byte-identical
            JavaText text = new JavaText(tree.text(e.getKey()));
            StringBuilder out = new StringBuilder(text.text());
            List<Splice> splices = new ArrayList<>(e.getValue());
            splices.sort(Comparator.comparingInt((Splice x) -> text.offset(x.end())).reversed());
            for (Splice sp : splices) {
                int end = text.offset(sp.end()) + 1;
                out.replace(end - sp.oldName().length(), end, sp.newName());
            }
            count += splices.size();
            UnparsableJava.parse(e.getKey(), out.toString());
            texts.put(e.getKey(), out.toString());
        }
        return new Result(texts, count, List.of(), importChanges);
    }

    /** The tree parsed with one symbol solver for this run: the JDK by reflection plus the tree's own types. */
    static SourceModel resolving(SourceTree tree) {
        SourceModel java = SourceModel.of(tree);
        TreeTypeSolver.forModel(java);
        return java;
    }

    private void collect(String path, CompilationUnit cu) {
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            int dot = name.lastIndexOf('.');
            if (imp.isStatic() && !imp.isAsterisk() && dot > 0 && sources.contains(name.substring(0, dot))
                    && renames.containsKey(name.substring(dot + 1))) {
                String renamed = name.substring(0, dot + 1) + renames.get(name.substring(dot + 1));
                importChanges.add(new ImportChange(path, "static " + name, "static " + renamed));
                edit(path, imp.getName(), name.substring(dot + 1), renames.get(name.substring(dot + 1)));
            }
        }
        for (MethodDeclaration m : cu.findAll(MethodDeclaration.class, m -> renames.containsKey(m.getNameAsString()))) {
            String owner = owner(m);
            if (sources.contains(owner)) {
                edit(path, m.getName(), m.getNameAsString(), renames.get(m.getNameAsString()));
            } else if (overridesSource(m)) {
                problems.add(new Problem(path, JavaText.lineOf(m), owner + "." + m.getNameAsString(), owner + "."
                        + m.getNameAsString() + " overrides a method the merge renames, and would stop overriding it;"
                        + " rename it by hand first or remove " + m.getNameAsString() + " from methods:"));
            }
        }
        for (MethodCallExpr call : cu.findAll(MethodCallExpr.class, c -> renames.containsKey(c.getNameAsString()))) {
            String declaring = declaringType(path, call, () -> call.resolve().declaringType().getQualifiedName(),
                    () -> call.getScope().isPresent() ? Receivers.byReceiver(call.getScope().get(), sources)
                            : Receivers.unqualified(call, cu, sources));
            if (declaring != null && sources.contains(declaring)) {
                edit(path, call.getName(), call.getNameAsString(), renames.get(call.getNameAsString()));
            }
        }
        for (MethodReferenceExpr ref : cu.findAll(MethodReferenceExpr.class, r -> renames.containsKey(r.getIdentifier()))) {
            String declaring = declaringType(path, ref, () -> ref.resolve().declaringType().getQualifiedName(),
                    () -> Receivers.byReceiver(ref.getScope(), sources));
            if (declaring != null && sources.contains(declaring)) {
                edit(path, ref, ref.getIdentifier(), renames.get(ref.getIdentifier()));
            }
        }
    }

    /**
     * The type declaring the called method: fully resolved when the solver can (arguments included), else from the
     * receiver alone when that proves it ({@link Receivers}), else a problem.
     */
    private String declaringType(String path, Node at, java.util.function.Supplier<String> resolve,
                                 java.util.function.Supplier<java.util.Optional<String>> byReceiver) {
        try {
            return resolve.get();
        } catch (RuntimeException | StackOverflowError e) {
            java.util.Optional<String> proven = java.util.Optional.empty();
            try {
                proven = byReceiver.get();
            } catch (RuntimeException | StackOverflowError ignored) {
                // the receiver cannot be resolved either: fall through to the problem
            }
            if (proven.isPresent()) {
                return proven.get();
            }
            problems.add(new Problem(path, JavaText.lineOf(at), at.toString(), "cannot resolve " + at
                    + " to tell whether it calls a method the merge renames (" + e.getClass().getSimpleName()
                    + "); rename this call by hand first, or remove its name from methods:"));
            return null;
        }
    }

    private boolean overridesSource(MethodDeclaration m) {
        return m.findAncestor(ClassOrInterfaceDeclaration.class).map(c -> c.getExtendedTypes().stream()
                .anyMatch(t -> sources.stream().anyMatch(s -> s.endsWith("." + t.getNameAsString())
                        || s.equals(t.getNameWithScope())))).orElse(false);
    }

    private static String owner(MethodDeclaration m) {
        return m.findAncestor(TypeDeclaration.class).flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName()).orElse("");
    }

    /** A name token to replace: it ends where {@code node} ends (a name, or a method reference whose last token it is). */
    private record Splice(com.github.javaparser.Position end, String oldName, String newName) {
    }

    private void edit(String path, Node node, String oldName, String newName) {
        edits.computeIfAbsent(path, p -> new ArrayList<>()).add(new Splice(node.getEnd().orElseThrow(), oldName, newName));
    }
}
