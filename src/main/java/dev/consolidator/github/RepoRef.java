package dev.consolidator.github;

import java.util.Objects;

/** A repository named by owner and name, as in {@code owner/name}. */
public record RepoRef(String owner, String name) {
    public RepoRef {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        if (owner.isBlank() || name.isBlank() || owner.contains("/") || name.contains("/")) {
            throw new IllegalArgumentException("not an owner/name pair: " + owner + "/" + name);
        }
    }

    /** Parses {@code owner/name} (the payload's {@code repository.full_name}). */
    public static RepoRef of(String fullName) {
        int slash = fullName.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not an owner/name pair: " + fullName);
        }
        return new RepoRef(fullName.substring(0, slash), fullName.substring(slash + 1));
    }

    public String fullName() {
        return owner + "/" + name;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
