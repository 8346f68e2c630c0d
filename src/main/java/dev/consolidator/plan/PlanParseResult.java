package dev.consolidator.plan;

import java.util.Comparator;
import java.util.List;

/** What {@link PlanParser} found: either a structurally valid plan or every problem with it, sorted by position. */
public sealed interface PlanParseResult {

    boolean isValid();

    /** The problems in file order; empty for a valid plan. */
    List<PlanProblem> problems();

    /** The plan, for callers that have already checked {@link #isValid()}. */
    Plan plan();

    record Valid(Plan plan) implements PlanParseResult {
        public boolean isValid() {
            return true;
        }

        public List<PlanProblem> problems() {
            return List.of();
        }
    }

    record Invalid(List<PlanProblem> problems) implements PlanParseResult {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid plan needs at least one problem");
            }
            problems = problems.stream()
                    .sorted(Comparator.comparingInt((PlanProblem p) -> p.location().line())
                            .thenComparingInt(p -> p.location().column()))
                    .toList();
        }

        public boolean isValid() {
            return false;
        }

        public Plan plan() {
            throw new IllegalStateException("the plan is invalid: " + problems.get(0));
        }
    }
}
