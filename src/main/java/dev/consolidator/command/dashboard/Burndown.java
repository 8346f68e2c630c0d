package dev.consolidator.command.dashboard;

import dev.consolidator.command.RepoCheckout;
import dev.consolidator.store.BurndownStore;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.transform.SourceTree;

/**
 * Records a burndown point when a phase PR or its revert PR merges: the Java files and lines of the merge commit,
 * counted as the phase figures are (files ending in .java; lines as newlines, plus an unterminated last line).
 */
public final class Burndown {
    private final BurndownStore store;

    public Burndown(BurndownStore store) {
        this.store = store;
    }

    /** {@code commit}: the merge commit (null: the default branch head the checkout was fetched at). */
    public void record(RepoCheckout co, PhaseRecord phase, String event, String commit) {
        String at = commit == null ? co.head() : commit;
        SourceTree tree = at.equals(co.head()) ? co.tree() : co.treeAt(at);
        store.record(phase.rowId(), event, at, javaFiles(tree), javaLines(tree));
    }

    static int javaFiles(SourceTree tree) {
        return (int) tree.paths().stream().filter(p -> p.endsWith(".java")).count();
    }

    static long javaLines(SourceTree tree) {
        long lines = 0;
        for (var e : tree.files().entrySet()) {
            String text = e.getValue();
            if (e.getKey().endsWith(".java") && !text.isEmpty()) {
                lines += text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
            }
        }
        return lines;
    }
}
