package dev.consolidator.transform.guard;

import java.util.Set;

/**
 * A file of a pull request as it is at the PR's head, and the lines (1-based) the PR added or changed compared with
 * the merge base: only those lines are the author's.
 */
public record ChangedFile(String path, String text, Set<Integer> changedLines) {
    public ChangedFile {
        changedLines = Set.copyOf(changedLines);
    }
}
