package dev.consolidator.transform;

import dev.consolidator.plan.Location;

/**
 * Why a step cannot run: the file and line at fault (a source file, or the plan file for plan-level problems),
 * the symbol involved (type, member or package; may be empty) and a message a person can act on.
 */
public record Problem(String file, int line, String symbol, String message) {
    /** A problem with the plan itself, at a step's (or phase's) place in the plan file; nowhere when it has none. */
    public static Problem at(Location location, String symbol, String message) {
        return location == null ? new Problem("", 0, symbol, message)
                : new Problem(location.file(), location.line(), symbol, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
