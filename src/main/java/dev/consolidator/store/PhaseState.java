package dev.consolidator.store;

import java.util.Locale;

/** Where a phase stands. Stored lower-case, as the API and the status table show it. */
public enum PhaseState {
    PENDING, OPEN, APPROVED, MERGED, ABANDONED, REVERTING, ROLLED_BACK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PhaseState of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
