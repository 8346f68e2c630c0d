package dev.consolidator.transform.delete;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.StepTransform;
import dev.consolidator.transform.TransformContext;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.retarget.TypeReferences;
import dev.consolidator.transform.source.JavaFile;
import dev.consolidator.transform.source.ServiceFiles;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TypeMentions;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Deletes the files of redundant top-level types, refused while anything still names them: one problem per
 * reference in Java code (file and line), and per service file line naming them. A type already gone is a warning,
 * not a problem, so that the step is idempotent.
 */
public final class DeleteStep implements StepTransform {
    @Override
    public ChangeSet apply(SourceTree tree, Step step, TransformContext ctx) {
        Step.Delete delete = (Step.Delete) step;
        SourceModel model = ctx.model();
        ChangeBuilder out = new ChangeBuilder(tree);
        Set<String> types = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        for (String type : delete.types()) {
            if (!model.isType(type)) {
                out.warning(Warning.at(delete.location(), "type " + type
                        + " does not exist in the tree: nothing to delete (already deleted?)"));
                continue;
            }
            if (!model.isTopLevelType(type)) {
                out.problem(Problem.at(delete.location(), type, type
                        + " is a nested type; delete it in its outer type's file by hand"));
                continue;
            }
            types.add(type);
            paths.add(model.pathOf(type).orElseThrow());
        }
        for (String path : paths) {
            JavaFile file = model.file(path).orElseThrow();
            for (String declared : model.declaredTypes(path)) {
                if (SourceModel.packageOf(declared).equals(file.packageName()) && !types.contains(declared)) {
                    out.problem(Problem.at(delete.location(), declared, path + " also declares " + declared
                            + ", which the step does not delete; delete it too or move it out first"));
                }
            }
        }
        if (out.hasProblems() || types.isEmpty()) return out.build();
        for (TypeReferences.Reference ref : TypeReferences.find(model, types, paths)) {
            out.problem(new Problem(ref.path(), ref.line(), ref.type(), "still refers to " + ref.type()
                    + ", which the step deletes; remove or retarget this reference first"));
        }
        serviceReferences(tree, types, out);
        if (out.hasProblems()) return out.build();
        for (String type : types) {
            String path = model.pathOf(type).orElseThrow();
            out.delete(path);
            out.mapping(new TypeMapping(TypeMapping.Kind.DELETED, type, path, null, null));
        }
        // a package whose last types go no longer exists: the module may not export or open it
        SourceModel.withoutEmptiedPackages(model, types).forEach(out::write);
        textMentions(tree, types, paths, step, out);
        return out.build();
    }

    private static void serviceReferences(SourceTree tree, Set<String> types, ChangeBuilder out) {
        for (String path : tree.paths()) {
            if (!ServiceFiles.isServiceFile(path)) continue;
            String[] lines = tree.text(path).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String name = ServiceFiles.providerOf(lines[i]);
                if (types.contains(name)) {
                    out.problem(new Problem(path, i + 1, name, "registers " + name + " as a service, which the step deletes; remove the line first"));
                }
            }
            String service = path.substring(path.lastIndexOf('/') + 1);
            if (types.contains(service)) out.problem(new Problem(path, 1, service, "is the service file of " + service + ", which the step deletes"));
        }
    }

    private static void textMentions(SourceTree tree, Set<String> types, Set<String> deleted, Step step, ChangeBuilder out) {
        Set<String> skip = new HashSet<>(deleted);
        if (step.location() != null) skip.add(step.location().file()); // the plan names what it deletes on purpose
        for (TypeMentions.Mention m : TypeMentions.find(tree.paths(), tree::text, types, skip)) {
            out.warning(new Warning(m.path(), m.line(), "still names " + m.type() + ", which the step deletes"));
        }
    }
}
