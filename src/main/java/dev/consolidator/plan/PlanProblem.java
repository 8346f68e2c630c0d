package dev.consolidator.plan;

/** A problem with the plan, at a location, saying what is wrong and what to do about it. */
public record PlanProblem(Location location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
