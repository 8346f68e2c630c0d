package dev.consolidator.git;

import java.util.List;

/** A commit as a value: enough to tell how a pull request was merged and to write a revert message. */
public record CommitInfo(String sha, List<String> parents, String tree, String subject, String message,
                         String authorName, String authorEmail) {
    public CommitInfo {
        parents = List.copyOf(parents);
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }
}
