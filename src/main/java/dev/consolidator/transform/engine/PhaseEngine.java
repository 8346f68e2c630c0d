package dev.consolidator.transform.engine;

import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.Step;
import dev.consolidator.plan.TextRewrites;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.InternalFailure;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.StepTransform;
import dev.consolidator.transform.TransformContext;
import dev.consolidator.transform.delete.DeleteStep;
import dev.consolidator.transform.forward.RemoveForwardersStep;
import dev.consolidator.transform.move.MoveStep;
import dev.consolidator.transform.retarget.TypeRetargeter;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs phases as pure functions of a tree: each step on the tree the previous step left, stopping at the first step
 * with problems, so a phase result is either complete or refused. The merge step plugs in through the constructor
 * ({@code new PhaseEngine(new MergeTransform())}).
 */
public final class PhaseEngine {
    private final StepTransform moves = new MoveStep();
    private final StepTransform deletes = new DeleteStep();
    private final StepTransform forwarderRemovals = new RemoveForwardersStep();
    private final StepTransform merges;
    private final TypeRetargeter retargeter = new TypeRetargeter();

    public PhaseEngine(StepTransform mergeTransform) {
        this.merges = Objects.requireNonNull(mergeTransform);
    }

    /** Told as each step starts (on the calling thread), so a long run can show where it is. */
    @FunctionalInterface
    public interface StepListener {
        StepListener NONE = (phase, index) -> {
        };

        void starting(Phase phase, int stepIndex);
    }

    public PhaseResult run(SourceTree tree, Phase phase) {
        return run(tree, phase, StepListener.NONE);
    }

    public PhaseResult run(SourceTree tree, Phase phase, StepListener listener) {
        List<StepResult> results = new ArrayList<>();
        SourceTree current = tree;
        int references = 0;
        for (int i = 0; i < phase.steps().size(); i++) {
            Step step = phase.steps().get(i);
            listener.starting(phase, i);
            ChangeSet changes = apply(current, step, phase.text());
            boolean alreadyApplied = !changes.hasProblems() && changes.isEmpty();
            results.add(new StepResult(i, step, summary(step, changes, alreadyApplied), alreadyApplied, changes));
            if (changes.hasProblems()) break;
            current = current.apply(changes);
            references += changes.referencesRewritten();
        }
        return ExportedFiles.update(new PhaseResult(phase, results, tree, current, Metrics.of(tree, current, references)));
    }

    /** Every phase in order, each on top of the one before; stops after the first phase with problems. */
    public List<PhaseResult> dryRun(SourceTree tree, Plan plan) {
        return dryRun(tree, plan, StepListener.NONE);
    }

    public List<PhaseResult> dryRun(SourceTree tree, Plan plan, StepListener listener) {
        List<PhaseResult> results = new ArrayList<>();
        SourceTree current = tree;
        for (Phase phase : plan.phases()) {
            PhaseResult result = run(current, phase, listener);
            results.add(result);
            if (result.hasProblems()) break;
            current = result.after();
        }
        return results;
    }

    private ChangeSet apply(SourceTree tree, Step step, TextRewrites text) {
        return StepFinish.apply(tree, step, NamesOutsideCode.apply(tree, step, transform(tree, step), text));
    }

    private ChangeSet transform(SourceTree tree, Step step) {
        SourceModel model = SourceModel.of(tree);
        ChangeSet changes = transform(tree, step, model);
        // after the transform, so the files it parsed are not parsed again; it only read, so the answer is the same
        List<Problem> unparsable = UnparsableFiles.suspected(model, step);
        return unparsable.isEmpty() ? changes : ChangeSet.failed(unparsable);
    }

    private ChangeSet transform(SourceTree tree, Step step, SourceModel model) {
        TransformContext ctx = new TransformContext(model, retargeter);
        try {
            StepTransform transform = step instanceof Step.Move || step instanceof Step.MovePackage ? moves
                    : step instanceof Step.Delete ? deletes
                    : step instanceof Step.RemoveForwarders ? forwarderRemovals : merges;
            return UnparsableFiles.warn(model, transform.apply(tree, step, ctx));
        } catch (InternalFailure e) {
            // a bug or a construct we cannot handle: refuse the step at the place it was working on, to be reported
            return ChangeSet.failed(List.of(new Problem(e.file(), e.line(), "", "step failed while processing "
                    + e.file() + " at line " + e.line() + ": " + e.getCause() + "; please report it with that code")));
        } catch (RuntimeException e) {
            // a bug or a construct we cannot handle: refuse the step, never write half a change
            return ChangeSet.failed(List.of(Problem.at(step.location(), "", "step failed: " + e)));
        }
    }

    static String summary(Step step, ChangeSet changes, boolean alreadyApplied) {
        if (changes.hasProblems()) return step.describe() + ": refused (" + Plural.of(changes.problems().size(), "problem") + ")";
        if (alreadyApplied) return step.describe() + ": already applied";
        return step.describe() + ": " + changes.added().size() + " added, " + changes.modified().size() + " modified, "
                + changes.deleted().size() + " deleted, " + Plural.of(changes.referencesRewritten(), "reference") + " rewritten";
    }
}
