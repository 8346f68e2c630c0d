package dev.consolidator.transform.merge;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.StepTransform;
import dev.consolidator.transform.TransformContext;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.resolve.TreeTypeSolver;
import dev.consolidator.transform.retarget.TypeRetargeter;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.UnparsableJava;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The merge step (many types into one). In order: refuse what would not compile (nothing is written then); apply
 * the method renames at declarations and call sites; cut the sources' code into the target and delete the source
 * files; retarget every remaining reference of a source to its new name; re-parse every changed file.
 */
public final class MergeTransform implements StepTransform {

    /** The engine's plug point: {@code new PhaseEngine(new MergeTransform())}. Only merge steps come here. */
    @Override
    public ChangeSet apply(SourceTree tree, Step step, TransformContext ctx) {
        if (!(step instanceof Step.Merge merge)) {
            throw new IllegalArgumentException("MergeTransform runs merge steps only, not: " + step.describe());
        }
        return apply(tree, merge, ctx.retargeter());
    }

    /** The same outside the engine, with a retargeter of its own. */
    public ChangeSet apply(SourceTree tree, Step.Merge step) {
        return apply(tree, step, new TypeRetargeter());
    }

    private ChangeSet apply(SourceTree tree, Step.Merge step, TypeRetargeter retargeter) {
        try {
            return merge(tree, step, retargeter);
        } catch (UnparsableJava e) {
            return ChangeSet.failed(List.of(new Problem(e.path(), 1, "", e.getMessage()
                    + "; the merge cannot prove its result compiles, fix the file first")));
        }
    }

    private ChangeSet merge(SourceTree tree, Step.Merge step, TypeRetargeter retargeter) {
        SourceModel java = SourceModel.of(tree);
        List<String> missing = new ArrayList<>();
        MergeSubject subject = MergeSubject.locate(java, step, missing);
        Set<String> forwarded = MergeForwarders.present(java, step);
        if (missing.size() + forwarded.size() == step.types().size() && AlreadyApplied.holds(java, subject, step, forwarded)) {
            return ChangeSet.empty();
        }
        List<Problem> problems = new ArrayList<>(MergePreconditions.problems(java, subject, step, missing));
        if (problems.isEmpty()) {
            problems.addAll(step.as() == MergeMode.MEMBERS ? new MembersChecks(java, subject, step).run()
                    : NestedChecks.run(java, subject));
        }
        if (!problems.isEmpty()) {
            return ChangeSet.failed(problems);
        }
        List<String> sourceFqns = subject.sources().stream().map(Part::fqn).toList();
        SourceModel solved = MethodRenamer.resolving(tree);
        MethodRenamer.Result renamed;
        try {
            problems.addAll(new LostAccess(solved, subject).problems());
            renamed = step.as() == MergeMode.MEMBERS
                    ? new MethodRenamer(new TreeSet<>(sourceFqns), step.methods()).run(solved)
                    : new MethodRenamer(new TreeSet<>(), Map.of()).run(solved);
        } finally {
            TreeTypeSolver.release();
        }
        problems.addAll(renamed.problems());
        if (!problems.isEmpty()) {
            return ChangeSet.failed(problems);
        }
        Map<String, String> afterRenames = new TreeMap<>(tree.files());
        afterRenames.putAll(renamed.texts());
        SourceModel java1 = SourceModel.of(SourceTree.of(afterRenames));
        MergeSubject subject1 = MergeSubject.locate(java1, step, new ArrayList<>());
        MergeWriter.Result written = new MergeWriter(java1, subject1, step.as(), step.methods()).write();
        if (!written.problems().isEmpty()) {
            return ChangeSet.failed(written.problems());
        }
        Map<String, String> merged = new TreeMap<>(afterRenames);
        subject1.sources().forEach(s -> merged.remove(s.path()));
        merged.put(subject1.targetPath(), written.targetText());
        ChangeSet retargeted = retargeter.retarget(SourceTree.of(merged), newNames(subject1, step.as()));
        if (retargeted.hasProblems()) {
            return ChangeSet.failed(retargeted.problems());
        }
        List<ImportChange> importChanges = new ArrayList<>(renamed.importChanges());
        importChanges.addAll(written.importChanges());
        importChanges.addAll(retargeted.importChanges());
        SourceTree result = EmptiedPackages.removeImports(
                new TreeSet<>(subject1.sources().stream().map(Part::packageName).toList()), SourceTree.of(merged).apply(retargeted), importChanges);
        if (step.as() == MergeMode.MEMBERS) {
            Set<String> targetOwn = new TreeSet<>();
            subject.target().ifPresent(t -> t.getMethods().forEach(m -> targetOwn.add(m.getNameAsString())));
            result = JavadocRenames.apply(result, step.into(), step.methods(), targetOwn);
        }
        // before the module directives are read: a package holding forwarders is not emptied, so it stays exported
        MergeForwarders.Result forwarders = step.compatibility() == Compatibility.FORWARDING
                ? MergeForwarders.of(tree, subject, step) : new MergeForwarders.Result(Map.of(), List.of());
        Map<String, String> withForwarders = new TreeMap<>(result.files());
        withForwarders.putAll(forwarders.files());
        result = SourceTree.of(withForwarders);
        MergedNamesElsewhere.Result elsewhere = MergedNamesElsewhere.apply(result, subject1, step);
        result = elsewhere.tree();
        int references = renamed.rewritten() + written.rewritten() + retargeted.referencesRewritten();
        List<Warning> warnings = new ArrayList<>(retargeted.warnings());
        warnings.addAll(elsewhere.warnings());
        warnings.addAll(forwarders.warnings());
        if (step.as() == MergeMode.MEMBERS) {
            warnings.addAll(droppedTypeLevelParts(subject));
        }
        return diff(tree, result, mappings(subject1, step.as()), chained(importChanges), warnings, references);
    }

    /** What each source becomes: the target itself (members) or a type nested in it (nested), and so do its member types. */
    static Map<String, String> newNames(MergeSubject subject, MergeMode mode) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Part s : subject.sources()) {
            String to = mode == MergeMode.MEMBERS ? subject.targetFqn() : subject.targetFqn() + "." + s.simpleName();
            names.put(s.fqn(), to);
            if (mode == MergeMode.MEMBERS) {
                s.decl().getMembers().stream().filter(m -> m instanceof com.github.javaparser.ast.body.TypeDeclaration<?>)
                        .map(m -> ((com.github.javaparser.ast.body.TypeDeclaration<?>) m).getNameAsString())
                        .forEach(n -> names.put(s.fqn() + "." + n, subject.targetFqn() + "." + n));
            }
        }
        return names;
    }

    static List<TypeMapping> mappings(MergeSubject subject, MergeMode mode) {
        return subject.sources().stream().map(s -> new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, s.fqn(), s.path(),
                mode == MergeMode.MEMBERS ? subject.targetFqn() : subject.targetFqn() + "." + s.simpleName(),
                subject.targetPath())).toList();
    }

    /** An import renamed twice (method rename, then retarget) is reported once, from its first name to its last. */
    static List<ImportChange> chained(List<ImportChange> changes) {
        List<ImportChange> out = new ArrayList<>();
        for (ImportChange c : changes) {
            int earlier = -1;
            for (int i = 0; i < out.size(); i++) {
                ImportChange o = out.get(i);
                if (o.file().equals(c.file()) && o.newImport() != null && o.newImport().equals(c.oldImport())) {
                    earlier = i;
                }
            }
            if (earlier < 0) {
                out.add(c);
            } else {
                ImportChange o = out.remove(earlier);
                if (o.oldImport() != null || c.newImport() != null) {
                    out.add(earlier, new ImportChange(c.file(), o.oldImport(), c.newImport()));
                }
            }
        }
        return out;
    }

    private static ChangeSet diff(SourceTree before, SourceTree after, List<TypeMapping> mappings,
                                  List<ImportChange> importChanges, List<Warning> warnings, int references) {
        ChangeBuilder out = new ChangeBuilder(before).importChanges(importChanges).references(references);
        after.files().forEach(out::write);
        before.paths().stream().filter(p -> !after.contains(p)).forEach(out::delete);
        mappings.forEach(out::mapping);
        warnings.forEach(out::warning);
        ChangeSet changes = out.build();
        List<Problem> unparsable = new ArrayList<>();
        changes.added().forEach((path, text) -> verify(path, text, unparsable));
        changes.modified().forEach((path, text) -> verify(path, text, unparsable));
        return unparsable.isEmpty() ? changes : ChangeSet.failed(unparsable);
    }

    /** Every Java file the merge changed must parse again: if a splice went wrong, the step is refused, not written. */
    private static void verify(String path, String text, List<Problem> problems) {
        if (!path.endsWith(".java")) return;
        try {
            UnparsableJava.parse(path, text);
        } catch (UnparsableJava e) {
            problems.add(new Problem(path, 1, "", "the merge produced text that does not parse (" + e.getMessage()
                    + "); nothing written, please report this"));
        }
    }

    /** In a members merge the sources' own class Javadoc and annotations have no place to go: say so, for a person to fold in. */
    private static List<Warning> droppedTypeLevelParts(MergeSubject subject) {
        boolean newSingle = subject.target().isEmpty() && subject.sources().size() == 1; // its Javadoc went to the new type
        List<Warning> warnings = new ArrayList<>();
        for (Part s : subject.sources()) {
            List<String> dropped = new ArrayList<>();
            if (s.decl().getJavadocComment().isPresent() && !newSingle) {
                dropped.add("its class Javadoc");
            }
            if (s.decl().getAnnotations().isNonEmpty()) {
                dropped.add("its annotations " + s.decl().getAnnotations());
            }
            if (!dropped.isEmpty()) {
                warnings.add(new Warning(s.path(), JavaText.lineOf(s.decl()), s.fqn() + " was merged into " + subject.targetFqn()
                        + " without " + String.join(" and ", dropped) + "; fold them into the target by hand if they matter"));
            }
        }
        return warnings;
    }
}
