package dev.consolidator.transform.engine;

import dev.consolidator.plan.Location;
import dev.consolidator.plan.Step;
import dev.consolidator.plan.TextRewrites;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.JavaLiterals;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.RetiredNames;
import dev.consolidator.transform.source.RetiredNames.Rename;
import dev.consolidator.transform.source.ServiceFiles;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The step's retired names outside code, after its transform: qualified names in the strings and comments of every
 * Java file (moved and merged files included) are rewritten, unless the plan says {@code strings: warn}, and so are
 * the files the plan lists under {@code rewriteText}. What is rewritten is no longer warned about; a qualified name
 * left in a Java file is, and so is a string holding the old simple name of a type that changes it.
 */
final class NamesOutsideCode {
    private NamesOutsideCode() {
    }

    static ChangeSet apply(SourceTree tree, Step step, ChangeSet changes, TextRewrites options) {
        RetiredNames names = new RetiredNames(renames(changes.mappings()));
        if (changes.hasProblems() || names.isEmpty()) return changes;
        SourceTree after = tree.apply(changes);
        Set<String> skip = skipped(step, changes, after);
        TreeMap<String, String> added = new TreeMap<>(changes.added());
        TreeMap<String, String> modified = new TreeMap<>(changes.modified());
        Set<String> rewritten = new HashSet<>();
        List<Warning> warnings = new ArrayList<>();
        for (String path : after.paths()) {
            String text = after.text(path);
            if (skip.contains(path) || ServiceFiles.isServiceFile(path) || !names.mayOccurIn(text)) continue;
            boolean java = path.endsWith(".java");
            if (!java && !options.rewritesText(path)) continue;
            List<JavaLiterals.Region> ranges = java ? JavaLiterals.of(text)
                    : List.of(new JavaLiterals.Region(JavaLiterals.Kind.COMMENT, 0, text.length()));
            // a file that cannot be written back as read (not UTF-8) must not refuse the step over a string
            if (java && (options.strings() == TextRewrites.Strings.WARN || tree.readOnly().contains(path))) {
                warnings.addAll(leftInJava(path, text, ranges, names, changes));
                continue;
            }
            RetiredNames.Rewrite r = names.rewrite(text, ranges, !java);
            warnings.addAll(warnings(path, text, r.kept(), changes));
            if (r.matches().isEmpty()) continue;
            (added.containsKey(path) || !tree.contains(path) ? added : modified).put(path, r.text());
            JavaText lines = new JavaText(text);
            Set<String> kept = new HashSet<>();
            r.kept().forEach(m -> kept.add(path + ":" + lines.lineOf(m.start()) + ":" + m.rename().old()));
            r.matches().stream().map(m -> path + ":" + lines.lineOf(m.start()) + ":" + m.rename().old())
                    .filter(key -> !kept.contains(key)).forEach(rewritten::add);
        }
        List<Warning> kept = new ArrayList<>(changes.warnings().stream()
                .filter(w -> !rewritten.contains(w.file() + ":" + w.line() + ":" + namedIn(w))).toList());
        kept.addAll(warnings);
        SourceTree rewrittenTree = tree.apply(new ChangeSet(added, modified, changes.deleted(), List.of(), List.of(),
                List.of(), List.of(), 0));
        kept.addAll(SimpleNamesInStrings.find(rewrittenTree, names, skip));
        return new ChangeSet(added, modified, changes.deleted(), changes.mappings(), changes.importChanges(),
                changes.problems(), kept, changes.referencesRewritten());
    }

    /** Old name to new name of each type the step moves or merges; nested types follow their outer type. */
    static List<Rename> renames(List<TypeMapping> mappings) {
        return mappings.stream().filter(m -> m.newType() != null && !m.newType().equals(m.originalType()))
                .map(m -> new Rename(m.originalType(), m.newType(), SourceModel.binaryName(m.newType(), m.newPath())))
                .toList();
    }

    /**
     * The plan names the old types on purpose, and a forwarder at an old path keeps its old name on purpose too.
     */
    private static Set<String> skipped(Step step, ChangeSet changes, SourceTree after) {
        Set<String> skip = new HashSet<>();
        Location at = step.location();
        if (at != null) skip.add(at.file());
        changes.mappings().stream().map(TypeMapping::originalPath).filter(after::contains).forEach(skip::add);
        return skip;
    }

    /** {@code strings: warn}: the mentions in Java files the step's own scan did not see (moved and merged files). */
    private static List<Warning> leftInJava(String path, String text, List<JavaLiterals.Region> ranges,
                                            RetiredNames names, ChangeSet changes) {
        List<RetiredNames.Match> matches = new ArrayList<>();
        ranges.forEach(region -> matches.addAll(names.find(text, region.start(), region.end())));
        return warnings(path, text, matches, changes);
    }

    /** A warning per line and name left in place, unless the step's own scan already gave one. */
    private static List<Warning> warnings(String path, String text, List<RetiredNames.Match> left, ChangeSet changes) {
        if (left.isEmpty()) return List.of();
        Set<String> warned = new HashSet<>();
        changes.warnings().forEach(w -> warned.add(w.file() + ":" + w.line() + ":" + namedIn(w)));
        List<Warning> out = new ArrayList<>();
        JavaText lines = new JavaText(text);
        for (RetiredNames.Match m : left) {
            String key = path + ":" + lines.lineOf(m.start()) + ":" + m.rename().old();
            if (warned.add(key)) {
                out.add(new Warning(path, lines.lineOf(m.start()), "still names " + m.rename().old()
                        + ", which this step changes to " + m.rename().canonical()
                        + "; update it by hand if it refers to the type"));
            }
        }
        return out;
    }

    /** The type a "still names X, ..." warning is about, or "" for other warnings. */
    private static String namedIn(Warning w) {
        String prefix = "still names ";
        if (!w.message().startsWith(prefix)) return "";
        int end = w.message().indexOf(',', prefix.length());
        return end < 0 ? "" : w.message().substring(prefix.length(), end);
    }
}
