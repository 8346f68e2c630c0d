package dev.consolidator.git;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * What merging a branch into another would give, computed in memory: no ref moves, no working tree. A clean merge
 * is written as a commit object no ref points at (so its files can be read like any commit's); a conflict is the
 * list of conflicting paths.
 */
public final class MergePreview {
    private static final GitIdentity PREVIEW = new GitIdentity("consolidator preview", "preview@consolidator.invalid");

    private MergePreview() {
    }

    public sealed interface Result {
    }

    /** {@code commit}: a merge commit of the two, reachable from no ref. */
    public record Clean(String commit) implements Result {
    }

    public record Conflicts(List<String> paths) implements Result {
        public Conflicts {
            paths = List.copyOf(paths);
        }
    }

    public static Result of(LocalRepository repository, String into, String branchHead) {
        try (ObjectInserter inserter = repository.jgit().newObjectInserter(); RevWalk walk = new RevWalk(repository.jgit())) {
            RevCommit ours = Refs.commit(walk, repository, into);
            RevCommit theirs = Refs.commit(walk, repository, branchHead);
            ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository.jgit(), true);
            if (!merger.merge(ours, theirs)) {
                List<String> paths = merger.getUnmergedPaths().isEmpty()
                        ? List.copyOf(merger.getFailingPaths() == null ? List.of() : merger.getFailingPaths().keySet())
                        : merger.getUnmergedPaths();
                return new Conflicts(paths);
            }
            ObjectId commit = Commits.insert(inserter, merger.getResultTreeId(), "preview: merge " + branchHead + " into " + into,
                    PREVIEW, PREVIEW, ours, theirs);
            inserter.flush();
            return new Clean(commit.name());
        } catch (IOException e) {
            throw new GitException("Cannot merge " + branchHead + " into " + into + " in " + repository + ": " + e.getMessage(), e);
        }
    }
}
