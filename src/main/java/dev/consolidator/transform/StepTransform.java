package dev.consolidator.transform;

import dev.consolidator.plan.Step;

/**
 * One kind of step, as a pure function of the tree. The plug point for the merge step:
 * {@code new dev.consolidator.transform.engine.PhaseEngine(new dev.consolidator.transform.merge.MergeTransform())}.
 * Contract: problems (and no file changes) when the step cannot run, with the plan location for plan-level
 * problems ({@code step.location()}); an empty change set without problems means the step is already applied.
 */
@FunctionalInterface
public interface StepTransform {
    ChangeSet apply(SourceTree tree, Step step, TransformContext ctx);
}
