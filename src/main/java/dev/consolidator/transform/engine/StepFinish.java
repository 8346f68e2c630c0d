package dev.consolidator.transform.engine;

import dev.consolidator.plan.Step;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.ImportOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What every step's change set goes through after its transform, whatever the step: files that kept their imports
 * sorted still do, lines the step made longer than any line of their file are pointed out (style checks limit the
 * width), and a file that cannot be written back as it was read (not UTF-8) refuses the step. A moved file is
 * compared with its old self.
 */
final class StepFinish {
    private static final int LINES_LISTED = 5;

    private StepFinish() {
    }

    static ChangeSet apply(SourceTree tree, Step step, ChangeSet changes) {
        if (changes.hasProblems()) return changes;
        List<Problem> unwritable = unwritable(tree, step, changes);
        if (!unwritable.isEmpty()) return ChangeSet.failed(unwritable);
        Map<String, String> origins = new TreeMap<>();
        changes.modified().keySet().forEach(path -> origins.put(path, path));
        for (TypeMapping m : changes.mappings()) {
            if (m.newPath() != null && changes.added().containsKey(m.newPath()) && changes.deleted().contains(m.originalPath())) {
                origins.put(m.newPath(), m.originalPath());
            }
        }
        TreeMap<String, String> modified = new TreeMap<>(changes.modified());
        TreeMap<String, String> added = new TreeMap<>(changes.added());
        List<Warning> warnings = new ArrayList<>(changes.warnings());
        origins.forEach((path, origin) -> {
            if (!path.endsWith(".java")) return;
            TreeMap<String, String> target = modified.containsKey(path) ? modified : added;
            String before = tree.text(origin);
            String after = ImportOrder.keepSorted(before, target.get(path));
            target.put(path, after);
            longerLines(path, before, after).ifPresent(warnings::add);
        });
        return new ChangeSet(added, modified, changes.deleted(), changes.mappings(), changes.importChanges(),
                changes.problems(), warnings, changes.referencesRewritten());
    }

    private static List<Problem> unwritable(SourceTree tree, Step step, ChangeSet changes) {
        List<Problem> out = new ArrayList<>();
        for (String path : changes.touchedPaths()) {
            tree.linkOn(path).ifPresent(link -> out.add(new Problem(path, 1, "", "this step would "
                    + (changes.deleted().contains(path) ? "delete " : "write ") + path + ", which lies at or under the"
                    + " symbolic link " + link + ": a link can point outside the repository, so nothing is written,"
                    + " deleted or created through one. Replace the link with the real directory or file, or leave"
                    + " it out of the plan")));
            if (out.stream().anyMatch(p -> p.file().equals(path))) continue;
            boolean rewritten = changes.modified().containsKey(path) || !(step instanceof Step.Delete || step instanceof Step.RemoveForwarders);
            if (tree.readOnly().contains(path) && rewritten) {
                out.add(new Problem(path, 1, "", path + " is not UTF-8 (read as ISO-8859-1), and this step has to"
                        + " rewrite it: convert it to UTF-8 first (iconv -f ISO-8859-1 -t UTF-8, and set the build's"
                        + " source encoding to UTF-8), then run the step again"));
            }
        }
        return out;
    }

    /** The lines of {@code after} longer than the longest line of {@code before}: only the step can have made them. */
    static Optional<Warning> longerLines(String path, String before, String after) {
        int widest = before.lines().mapToInt(String::length).max().orElse(0);
        List<Integer> longer = new ArrayList<>();
        List<String> lines = after.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > widest) longer.add(i + 1);
        }
        if (longer.isEmpty()) return Optional.empty();
        List<String> shown = longer.stream().limit(LINES_LISTED).map(String::valueOf).toList();
        return Optional.of(new Warning(path, longer.get(0), Plural.of(longer.size(), "line") + " " + Plural.word(longer.size(), "is", "are") + " now longer than any"
                + " line the file had (" + widest + " characters): line " + String.join(", ", shown)
                + (longer.size() > LINES_LISTED ? " and " + (longer.size() - LINES_LISTED) + " more" : "")
                + "; wrap them if a style check limits the width"));
    }
}
