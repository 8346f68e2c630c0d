package dev.consolidator.git;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One commit to build without a working tree: the parent's tree with {@code writes} (path to new full text, for
 * added and modified files) and {@code deletions} applied, then {@code branch} moved to it, fast-forward only.
 */
public record CommitRequest(String branch,
                            String parentSha,
                            SortedMap<String, String> writes,
                            SortedSet<String> deletions,
                            String message,
                            GitIdentity author,
                            GitIdentity committer) {
    public CommitRequest {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(parentSha, "parentSha");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(committer, "committer");
        writes = Collections.unmodifiableSortedMap(new TreeMap<>(writes));
        deletions = Collections.unmodifiableSortedSet(new TreeSet<>(deletions));
        for (String path : deletions) {
            if (writes.containsKey(path)) {
                throw new IllegalArgumentException("Path both written and deleted: " + path);
            }
        }
    }

    /** A commit by one identity acting as author and committer. */
    public static CommitRequest of(String branch, String parentSha, java.util.Map<String, String> writes,
                                   Set<String> deletions, String message, GitIdentity identity) {
        return new CommitRequest(branch, parentSha, new TreeMap<>(writes), new TreeSet<>(deletions), message,
                identity, identity);
    }
}
