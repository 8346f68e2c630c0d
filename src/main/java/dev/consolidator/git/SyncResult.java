package dev.consolidator.git;

import java.nio.file.Path;

/** Outcome of {@link CloneOrFetch}: a repository ready to use, or a refusal (e.g. an insecure URL). */
public sealed interface SyncResult {

    /**
     * The local clone is up to date with the remote.
     *
     * @param gitDirectory   the (bare) clone, to open with {@link LocalRepository#open(Path)}
     * @param defaultBranch  the remote's default branch name, e.g. {@code main}
     * @param defaultHead    the commit sha the default branch points to on the remote
     * @param reused         true when an existing clone was fetched rather than cloned afresh
     */
    record Ready(Path gitDirectory, String defaultBranch, String defaultHead, boolean reused) implements SyncResult {
        /** The remote-tracking ref name of a remote branch in this clone, e.g. {@code refs/remotes/origin/main}. */
        public static String remoteTracking(String branch) {
            return "refs/remotes/" + CloneOrFetch.REMOTE + "/" + branch;
        }
    }

    /** Nothing was done; {@code reason} says why and what to do. */
    record Refused(String reason) implements SyncResult {
    }
}
