package dev.consolidator.plan;

import java.util.regex.Pattern;

/**
 * What a phase id may be, in a plan and in a command: lower-case letters, digits and dashes, not starting with a dash,
 * and short, because it becomes part of branch names and is echoed in replies and the audit log.
 */
public final class PhaseIds {
    public static final int MAX_LENGTH = 64;
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private PhaseIds() {
    }

    /** Checks the length first, so a huge argument is refused without scanning it. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && PATTERN.matcher(id).matches();
    }
}
