package dev.consolidator.transform.retarget;

import com.github.javaparser.ast.CompilationUnit;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.InternalFailure;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * THE reference-rewriting primitive: points every reference to some types at other types, across every Java file of
 * a tree. Old names may be top-level or nested; new names too (a nested new name {@code com.b.Target.Source} is
 * spelled {@code Target.Source} with an import of {@code com.b.Target}). It rewrites single-type, static and on-demand
 * imports, adds imports where code relied on an on-demand import or on its package, fully qualified names in code
 * and annotations, nested names ({@code Old.Inner}), module directives and Javadoc links; it removes imports that
 * become same-package or redundant, never imports java.lang, and qualifies where an import would clash.
 * Files are edited by text splices at parser ranges, so untouched text stays byte-identical; every rewritten file is
 * re-parsed and a file that no longer parses is a problem, never a result.
 * It moves nothing: declarations stay where they are (the move and merge steps do that, before or after).
 */
public final class TypeRetargeter {

    /** What a retargeting did: new texts of modified files, import changes, references rewritten, problems. */
    public record Result(Map<String, String> modified, List<ImportChange> importChanges, int references,
                         List<Problem> problems) {
        public ChangeSet toChangeSet() {
            return new ChangeSet(new TreeMap<>(), new TreeMap<>(modified), new TreeSet<>(), List.of(),
                    importChanges, problems, List.of(), references);
        }
    }

    /** Retargets {@code oldToNew} (old FQN to new FQN) in every Java file of the tree. */
    public ChangeSet retarget(SourceTree tree, Map<String, String> oldToNew) {
        return retarget(SourceModel.of(tree), oldToNew, Set.of()).toChangeSet();
    }

    /**
     * The same over a model the caller already built (its parse cache is reused), skipping some paths (e.g. files
     * the step deletes). Old types need not exist in the tree any more: names resolve against the map too.
     */
    public Result retarget(SourceModel model, Map<String, String> oldToNew, Set<String> skip) {
        Targets targets = new Targets(model, oldToNew);
        Map<String, String> modified = new TreeMap<>();
        List<ImportChange> changes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int references = 0;
        if (targets.isEmpty()) return new Result(modified, changes, 0, problems);
        List<String> candidates = model.javaFiles().values().stream()
                .filter(f -> !skip.contains(f.path()))
                .filter(f -> targets.mayMention(model.tree().text(f.path()), f.packageName()))
                .map(f -> f.path()).sorted().toList();
        // files are independent: rewrite them in parallel (the common pool has one thread per core)
        List<Object> outcomes = candidates.parallelStream()
                .map(path -> InternalFailure.inFile(path, () -> rewrite(model, targets, path))).toList();
        for (int i = 0; i < candidates.size(); i++) {
            Object outcome = outcomes.get(i);
            if (outcome instanceof Problem problem) {
                problems.add(problem);
            } else if (outcome instanceof FileRetargeter.Result result) {
                modified.put(candidates.get(i), result.text());
                changes.addAll(result.importChanges());
                references += result.references();
            }
        }
        return new Result(modified, changes, references, problems);
    }

    /** One file: its result, a problem, or null when it does not name an old type after all. */
    private static Object rewrite(SourceModel model, Targets targets, String path) {
        String text = model.tree().text(path);
        Optional<FileRetargeter.Result> fast = ImportOnlyRewrite.tryRewrite(model, targets, path, text,
                model.file(path).orElseThrow().packageName());
        if (fast.isPresent()) return ImportOnlyRewrite.unchanged(fast.get()) ? null : fast.get();
        Optional<CompilationUnit> cu = model.parseTransient(path);
        if (cu.isEmpty()) return new Problem(path, 1, "", "does not parse as Java 17; fix it or leave it out of the step");
        Optional<FileRetargeter.Result> result = new FileRetargeter(model, targets, path, model.tree().text(path), cu.get()).run();
        if (result.isEmpty()) return null;
        if (!JavaText.parses(result.get().text())) {
            return new Problem(path, 1, "", "rewriting its references produced text that does not parse; nothing written");
        }
        return result.get();
    }
}
