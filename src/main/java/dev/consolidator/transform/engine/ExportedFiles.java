package dev.consolidator.transform.engine;

import dev.consolidator.transform.export.MigrationGuide;
import dev.consolidator.transform.export.OpenRewriteRecipes;
import dev.consolidator.transform.export.PhaseMappings;
import dev.consolidator.plan.Exports;
import dev.consolidator.plan.Phase;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * The plan's {@code exports:} files as a phase leaves them: the recipe and the guide with the sections of the phases
 * before it (as the files already have them, else from the plan) and this phase's, built from what its steps did.
 * They land in the phase's last commit, so the PR carries them and a dry run lists them. A phase that changes
 * nothing (already applied) leaves them alone, and so does one whose files already say exactly this.
 */
final class ExportedFiles {
    private ExportedFiles() {
    }

    static PhaseResult update(PhaseResult result) {
        Phase phase = result.phase();
        Exports files = phase.exports().files();
        if (files.isEmpty() || result.hasProblems() || result.alreadyApplied()) return result;
        List<PhaseMappings> earlier = phase.exports().earlier().stream().map(PhaseMappings::of).toList();
        PhaseMappings current = PhaseMappings.ofRun(phase, result.steps().stream()
                .map(s -> new PhaseMappings.StepRun(s.step(), s.changes().mappings())).toList());
        TreeMap<String, String> writes = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        // from the text before the phase: a step rewriting names in text files must not rewrite their history
        files.recipeFile().ifPresent(path -> write(result, path, OpenRewriteRecipes::update, earlier, current, writes, problems));
        files.guideFile().ifPresent(path -> write(result, path, MigrationGuide::update, earlier, current, writes, problems));
        List<StepResult> steps = new ArrayList<>();
        for (StepResult s : result.steps()) { // the files are the phase's own output, not text its steps rewrite
            ChangeSet kept = without(s.changes(), files.paths());
            steps.add(kept.equals(s.changes()) ? s : new StepResult(s.index(), s.step(), s.summary(), s.alreadyApplied(), kept));
        }
        if (writes.isEmpty() && problems.isEmpty() && steps.equals(result.steps())) return result;
        int last = lastChangingStep(steps);
        if (last < 0) last = steps.size() - 1; // only the export files change: they still land in the last step
        StepResult step = steps.get(last);
        ChangeSet changes = withWrites(step.changes(), writes, problems, result.before());
        steps.set(last, new StepResult(step.index(), step.step(), problems.isEmpty()
                ? PhaseEngine.summary(step.step(), changes, false) : step.summary(), false, changes));
        TreeMap<String, String> restored = new TreeMap<>(); // as before the phase, where a step had rewritten them
        files.paths().stream().filter(p -> result.before().contains(p)).forEach(p -> restored.put(p, result.before().text(p)));
        restored.putAll(writes);
        SourceTree after = problems.isEmpty() ? result.after().apply(new ChangeSet(new TreeMap<>(), restored,
                new java.util.TreeSet<>(), List.of(), List.of(), List.of(), List.of(), 0)) : result.after();
        return new PhaseResult(phase, steps, result.before(), after, result.metrics());
    }

    private interface Renderer {
        String update(String existing, List<PhaseMappings> earlier, PhaseMappings current);
    }

    private static void write(PhaseResult result, String path, Renderer renderer, List<PhaseMappings> earlier,
                              PhaseMappings current, Map<String, String> writes, List<Problem> problems) {
        Optional<String> why = whyUnwritable(result.after(), path);
        if (why.isPresent()) {
            problems.add(Problem.at(result.phase().location(), "", "export file " + path + " " + why.get()
                    + "; name another file under `exports:` in the plan"));
            return;
        }
        String text = renderer.update(result.before().text(path), earlier, current);
        if (!text.equals(result.before().text(path))) writes.put(path, text);
    }

    private static Optional<String> whyUnwritable(SourceTree tree, String path) {
        if (tree.linkOn(path).isPresent()) return Optional.of("is or lies under the symbolic link " + tree.linkOn(path).get());
        if (tree.readOnly().contains(path)) return Optional.of("is not a UTF-8 text file");
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (tree.contains(path.substring(0, slash))) return Optional.of("lies under the file " + path.substring(0, slash));
        }
        String dir = path + "/";
        String next = tree.files().ceilingKey(dir);
        if (next != null && next.startsWith(dir)) return Optional.of("is a directory");
        return Optional.empty();
    }

    private static ChangeSet withWrites(ChangeSet c, Map<String, String> writes, List<Problem> problems, SourceTree before) {
        TreeMap<String, String> added = new TreeMap<>(c.added());
        TreeMap<String, String> modified = new TreeMap<>(c.modified());
        BinaryOperator<String> replace = (a, b) -> b;
        writes.forEach((path, text) -> {
            if (added.containsKey(path) || !before.contains(path)) added.merge(path, text, replace);
            else modified.merge(path, text, replace);
        });
        List<Problem> all = new ArrayList<>(c.problems());
        all.addAll(problems);
        return new ChangeSet(added, modified, c.deleted(), c.mappings(), c.importChanges(), all, c.warnings(),
                c.referencesRewritten());
    }

    /** The change set without writes to the export files, nor warnings about the names they (rightly) hold. */
    private static ChangeSet without(ChangeSet c, List<String> paths) {
        if (paths.stream().noneMatch(p -> c.touchedPaths().contains(p)) && c.warnings().stream().noneMatch(w -> paths.contains(w.file()))) {
            return c;
        }
        TreeMap<String, String> added = new TreeMap<>(c.added());
        TreeMap<String, String> modified = new TreeMap<>(c.modified());
        java.util.TreeSet<String> deleted = new java.util.TreeSet<>(c.deleted());
        paths.forEach(p -> {
            added.remove(p);
            modified.remove(p);
            deleted.remove(p);
        });
        return new ChangeSet(added, modified, deleted, c.mappings(), c.importChanges(), c.problems(),
                c.warnings().stream().filter(w -> !paths.contains(w.file())).toList(), c.referencesRewritten());
    }

    /** The last step that changed something: its commit is the phase's last, so it carries the export files. */
    private static int lastChangingStep(List<StepResult> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).alreadyApplied() && !steps.get(i).changes().isEmpty()) return i;
        }
        return -1;
    }
}
