package dev.consolidator.transform.retarget;

import com.github.javaparser.ast.CompilationUnit;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.ImportChange;
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
        for (String path : model.javaFiles().keySet().stream().sorted().toList()) {
            if (skip.contains(path)) continue;
            String source = model.tree().text(path);
            if (!targets.mayMention(source)) continue;
            Optional<CompilationUnit> cu = model.parse(path);
            if (cu.isEmpty()) {
                problems.add(new Problem(path, 1, "", "does not parse as Java 17; fix it or leave it out of the step"));
                continue;
            }
            Optional<FileRetargeter.Result> result = new FileRetargeter(model, targets, path, source, cu.get()).run();
            if (result.isEmpty()) continue;
            String rewritten = result.get().text();
            if (!JavaText.parses(rewritten)) {
                problems.add(new Problem(path, 1, "", "rewriting its references produced text that does not parse; nothing written"));
                continue;
            }
            modified.put(path, rewritten);
            changes.addAll(result.get().importChanges());
            references += result.get().references();
        }
        return new Result(modified, changes, references, problems);
    }
}
