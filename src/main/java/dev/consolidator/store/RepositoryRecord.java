package dev.consolidator.store;

import java.time.Instant;

/** A repository the App is installed on (or a local checkout, full name "local:<path>", for the CLI). */
public record RepositoryRecord(long id, String fullName, Long githubId, Long installationId, String defaultBranch,
                               String cloneUrl, Instant createdAt, Instant removedAt) {
    public boolean active() {
        return removedAt == null;
    }
}
