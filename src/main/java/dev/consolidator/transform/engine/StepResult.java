package dev.consolidator.transform.engine;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;

/** What one step did (index is 0-based within its phase). */
public record StepResult(int index, Step step, String summary, boolean alreadyApplied, ChangeSet changes) {
}
