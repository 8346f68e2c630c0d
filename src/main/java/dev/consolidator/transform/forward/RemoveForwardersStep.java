package dev.consolidator.transform.forward;

import dev.consolidator.text.Plural;

import dev.consolidator.plan.Location;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.StepTransform;
import dev.consolidator.transform.TransformContext;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TypeMentions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code removeForwarders: {phase: id}}: deletes the forwarders an earlier phase left, and the module's exports and
 * opens of a package they leave empty. Refused while anything in the repository still uses them (the first uses by
 * file and line, and how many there are), and when the phase is not applied on the tree. With no forwarder of the
 * phase left, the step is already applied.
 */
public final class RemoveForwardersStep implements StepTransform {
    /** Uses named one by one in a refusal; the rest are counted. */
    static final int USES_LISTED = 20;

    @Override
    public ChangeSet apply(SourceTree tree, Step step, TransformContext ctx) {
        Step.RemoveForwarders remove = (Step.RemoveForwarders) step;
        Location at = remove.phaseLocation() == null ? remove.location() : remove.phaseLocation();
        String phase = "phase `" + remove.phase() + "`";
        if (remove.forwarding().isEmpty()) {
            return ChangeSet.failed(List.of(Problem.at(at, "", phase + " leaves no forwarders: none of its steps is"
                    + " a move, movePackage or merge with `compatibility: forwarding`")));
        }
        SourceModel model = ctx.model();
        ForwarderFiles.Found found = ForwarderFiles.planned(model, remove.forwarding());
        if (!found.notApplied().isEmpty()) {
            return ChangeSet.failed(List.of(Problem.at(at, "", phase + " is not applied here: "
                    + String.join(", ", found.notApplied()) + " still "
                    + (found.notApplied().size() == 1 ? "is a type" : "are types") + " of its own, not a forwarder;"
                    + " apply (and merge) " + phase + " first")));
        }
        ChangeBuilder out = new ChangeBuilder(tree);
        if (found.forwarders().isEmpty()) {
            // gone already; but code written since that names an old type would not compile without them
            List<ForwarderFile> gone = ForwarderFiles.oldNames(remove.forwarding());
            List<ForwarderUses.Use> uses = ForwarderUses.of(model, gone);
            if (!uses.isEmpty()) {
                refuse(remove, at, gone, uses, out);
                return out.build();
            }
            return out.warning(Warning.at(at, phase + " has no forwarders left: nothing to remove (already removed)"))
                    .build();
        }
        List<ForwarderUses.Use> uses = ForwarderUses.of(model, found.forwarders());
        if (!uses.isEmpty()) {
            refuse(remove, at, found.forwarders(), uses, out);
            return out.build();
        }
        Set<String> types = new TreeSet<>();
        for (ForwarderFile f : found.forwarders()) {
            out.delete(f.path());
            types.add(f.oldType());
        }
        // a package whose last types go no longer exists: the module may not export or open it
        SourceModel.withoutEmptiedPackages(model, types).forEach(out::write);
        mentions(tree, found.forwarders(), step, out);
        return out.build();
    }

    private static void refuse(Step.RemoveForwarders remove, Location at, List<ForwarderFile> forwarders,
                               List<ForwarderUses.Use> uses, ChangeBuilder out) {
        ForwarderUses.Usage usage = new ForwarderUses.Usage(forwarders, uses);
        String listed = uses.size() > USES_LISTED ? "the first " + USES_LISTED + " of " + uses.size() + " uses" : "each use";
        out.problem(Problem.at(at, "", "the forwarders of phase `" + remove.phase() + "` are still used in "
                + Plural.of(usage.files(), "file") + ", on " + Plural.of(usage.lines(), "line") + " (" + listed
                + " below); change them to the new names first, then run the step again"));
        for (ForwarderUses.Use use : uses.subList(0, Math.min(USES_LISTED, uses.size()))) {
            out.problem(new Problem(use.path(), use.line(), use.oldType(), "still uses " + use.oldType() + ", a forwarder"
                    + " of phase `" + remove.phase() + "` that this step removes; use " + use.newType() + " instead"));
        }
    }

    /** Old names left in strings, comments and other text files: no compiler sees them, so a person should. */
    private static void mentions(SourceTree tree, List<ForwarderFile> forwarders, Step step, ChangeBuilder out) {
        Set<String> skip = new HashSet<>();
        forwarders.forEach(f -> skip.add(f.path()));
        if (step.location() != null) skip.add(step.location().file());
        Set<String> types = forwarders.stream().map(ForwarderFile::oldType).collect(Collectors.toSet());
        for (TypeMentions.Mention m : TypeMentions.find(tree.paths(), tree::text, types, skip)) {
            out.warning(new Warning(m.path(), m.line(), "still names " + m.type() + ", whose forwarder the step removes"));
        }
    }
}
