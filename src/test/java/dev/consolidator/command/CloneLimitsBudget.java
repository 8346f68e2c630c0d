package dev.consolidator.command;

/** The bot's per-user clone budget, for tests outside this package. */
public final class CloneLimitsBudget {
    public static final int PER_USER = CloneLimits.PER_USER;

    private CloneLimitsBudget() {
    }
}
