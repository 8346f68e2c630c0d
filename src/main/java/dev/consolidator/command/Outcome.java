package dev.consolidator.command;

/**
 * How a command ended, for the reply, the reaction and the audit log. Refusals are expected outcomes (bad plan,
 * wrong order, no permission); infrastructure failures are exceptions and never become an Outcome.
 */
public record Outcome(Kind kind, String message) {
    public enum Kind { DONE, REFUSED, DENIED }

    public static Outcome done(String message) {
        return new Outcome(Kind.DONE, message);
    }

    public static Outcome refused(String message) {
        return new Outcome(Kind.REFUSED, message);
    }

    public boolean succeeded() {
        return kind == Kind.DONE;
    }

    public String auditLabel() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
