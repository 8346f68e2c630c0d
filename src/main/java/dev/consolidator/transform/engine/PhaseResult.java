package dev.consolidator.transform.engine;

import dev.consolidator.plan.Phase;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.Warning;

import java.util.List;

/**
 * One phase run: its step results in order (ending at the first step with problems), the tree before, the tree after
 * the steps that succeeded, and metrics. A phase with problems must not be written anywhere.
 */
public record PhaseResult(Phase phase, List<StepResult> steps, SourceTree before, SourceTree after, Metrics metrics) {
    public PhaseResult {
        steps = List.copyOf(steps);
    }

    public List<Problem> problems() {
        return steps.stream().flatMap(s -> s.changes().problems().stream()).toList();
    }

    public List<Warning> warnings() {
        return steps.stream().flatMap(s -> s.changes().warnings().stream()).toList();
    }

    public boolean hasProblems() {
        return !problems().isEmpty();
    }

    public List<TypeMapping> mappings() {
        return steps.stream().flatMap(s -> s.changes().mappings().stream()).toList();
    }

    public List<ImportChange> importChanges() {
        return steps.stream().flatMap(s -> s.changes().importChanges().stream()).toList();
    }

    /** True when every step was already in place: running the phase changed nothing. */
    public boolean alreadyApplied() {
        return !steps.isEmpty() && steps.stream().allMatch(StepResult::alreadyApplied);
    }
}
