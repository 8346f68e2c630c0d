package dev.consolidator.github;

import java.util.Locale;

/** A user's permission on a repository, highest first. */
public enum Permission {
    ADMIN, MAINTAIN, WRITE, TRIAGE, READ, NONE;

    /** Whether the user may push, i.e. run {@code apply} and {@code rollback}. */
    public boolean canWrite() {
        return this == ADMIN || this == MAINTAIN || this == WRITE;
    }

    /** Maps GitHub's {@code role_name} or legacy {@code permission} value; anything unknown is {@link #NONE}. */
    public static Permission fromApi(String value) {
        if (value == null) {
            return NONE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "admin" -> ADMIN;
            case "maintain" -> MAINTAIN;
            case "write", "push" -> WRITE;
            case "triage" -> TRIAGE;
            case "read", "pull" -> READ;
            default -> NONE;
        };
    }
}
