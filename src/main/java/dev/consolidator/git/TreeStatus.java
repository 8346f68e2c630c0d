package dev.consolidator.git;

import java.util.List;

/**
 * State of a checkout's working tree against HEAD, like {@code git status --porcelain}: tracked files changed,
 * added, removed or in conflict, and untracked files (ignored ones excluded).
 */
public record TreeStatus(List<String> changed, List<String> untracked) {
    public TreeStatus {
        changed = List.copyOf(changed);
        untracked = List.copyOf(untracked);
    }

    /** Clean means nothing to lose: no change to a tracked file and no untracked file. */
    public boolean isClean() {
        return changed.isEmpty() && untracked.isEmpty();
    }
}
