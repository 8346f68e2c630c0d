package dev.consolidator.transform.move;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.StepTransform;
import dev.consolidator.transform.TransformContext;

import dev.consolidator.transform.Warning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The move and move-package steps. A step already in place (the types at their targets) only retargets references
 * that still name the old types, so running it again over its own output changes nothing.
 */
public final class MoveStep implements StepTransform {
    private final MoveTransform transform = new MoveTransform();

    @Override
    public ChangeSet apply(SourceTree tree, Step step, TransformContext ctx) {
        MovePlanner planner = new MovePlanner(ctx.model());
        MovePlan plan;
        Map<String, String> leftovers;
        if (step instanceof Step.Move move) {
            plan = planner.plan(move);
            leftovers = Map.of(move.type(), move.to());
        } else if (step instanceof Step.MovePackage movePackage) {
            plan = planner.plan(movePackage);
            leftovers = Map.of();
        } else {
            throw new IllegalArgumentException("not a move step: " + step);
        }
        if (!plan.problems().isEmpty()) return ChangeSet.failed(plan.problems());
        if (plan.alreadyApplied()) {
            if (leftovers.isEmpty()) {
                Step.MovePackage packageMove = (Step.MovePackage) step;
                return ctx.model().packageExists(packageMove.from()) ? ChangeSet.empty() : alreadyMoved(packageMove);
            }
            return ctx.retargeter().retarget(ctx.model(), leftovers, forwarderPaths(ctx, leftovers)).toChangeSet();
        }
        return transform.apply(ctx.model(), plan, step instanceof Step.Move m ? m.compatibility()
                : ((Step.MovePackage) step).compatibility(), planFile(step));
    }

    /** The plan names the types it moves on purpose: its mentions are not leftovers. */
    static Set<String> planFile(Step step) {
        return step.location() == null ? Set.of() : Set.of(step.location().file());
    }

    /** Nothing proves a missing package was moved rather than misspelt, so the step says what it assumed. */
    private static ChangeSet alreadyMoved(Step.MovePackage step) {
        Warning w = Warning.at(step.location(), "package " + step.from() + " does not exist and " + step.to()
                + " does: taken as already moved");
        return new ChangeSet(new java.util.TreeMap<>(), new java.util.TreeMap<>(), new java.util.TreeSet<>(), List.of(),
                List.of(), List.of(), List.of(w), 0);
    }

    /** A forwarding type names its own old type by declaration only; it is not a leftover reference. */
    private static Set<String> forwarderPaths(TransformContext ctx, Map<String, String> leftovers) {
        return leftovers.keySet().stream().map(t -> ctx.model().pathOf(t)).filter(java.util.Optional::isPresent)
                .map(java.util.Optional::get).collect(java.util.stream.Collectors.toSet());
    }
}
