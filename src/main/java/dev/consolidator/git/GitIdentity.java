package dev.consolidator.git;

import java.util.Objects;

/** Author or committer of a commit made by Consolidator; the time is taken when the commit is made. */
public record GitIdentity(String name, String email) {
    public GitIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
