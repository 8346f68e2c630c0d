package dev.consolidator.transform;

import dev.consolidator.plan.Location;

/** Something a person should look at that does not stop the step, e.g. a properties file naming an old type. */
public record Warning(String file, int line, String message) {
    /** A warning about a step as the plan gives it, at its place in the plan file; nowhere when it has none. */
    public static Warning at(Location location, String message) {
        return location == null ? new Warning("", 0, message) : new Warning(location.file(), location.line(), message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
