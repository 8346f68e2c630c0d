package dev.consolidator.git;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Where a phase's commits landed on the first-parent line of a local head, for a rollback on a checkout (where no
 * pull request names the commit that merged them): the phase's own commits (its branch, or a fast-forward), a merge
 * commit that brought them, their replay (rebase: {@link DetectMerge} tells it by the subjects), or one commit with
 * their whole change (squash: git's squash message names the phase head, or the change is the same file for file).
 */
public final class FindMerged {
    private FindMerged() {
    }

    /** How the phase landed; {@code applied} when the head holds the phase's own commits. */
    public record Landing(MergedAs mergedAs, boolean applied) {
    }

    /**
     * @param baseSha   the commit the phase was written on
     * @param phaseHead the last commit of the phase
     * @param subjects  the subjects of the phase's commits, oldest first
     */
    public static Optional<Landing> on(LocalRepository repository, String headSha, String baseSha, String phaseHead,
                                       List<String> subjects) {
        try (ObjectReader reader = repository.jgit().newObjectReader();
             RevWalk line = new RevWalk(reader);
             RevWalk ancestry = new RevWalk(reader)) {
            line.setFirstParent(true);
            line.markStart(Refs.commit(line, repository, headSha));
            line.markUninteresting(Refs.commit(line, repository, baseSha));
            RevCommit phase = Refs.commit(ancestry, repository, phaseHead);
            Map<String, ObjectId> phaseChange = null;
            for (RevCommit commit : line) {
                if (commit.name().equals(phaseHead)) {
                    List<String> own = CommitLog.between(repository, baseSha, phaseHead, true).stream().map(CommitInfo::sha).toList();
                    return Optional.of(new Landing(new MergedAs.Rebase(own), true));
                }
                if (commit.getParentCount() > 1) {
                    if (merged(ancestry, phase, commit.getParent(1)) && !merged(ancestry, phase, commit.getParent(0))) {
                        return Optional.of(new Landing(new MergedAs.MergeCommit(commit.name()), false));
                    }
                    continue;
                }
                if (!subjects.isEmpty() && commit.getShortMessage().equals(subjects.get(subjects.size() - 1))
                        && DetectMerge.of(repository, commit.name(), subjects) instanceof MergedAs.Rebase rebase) {
                    return Optional.of(new Landing(rebase, false));
                }
                if (commit.getParentCount() == 1) { // a squash only when it says so, or brings the whole change
                    if (phaseChange == null) {
                        phaseChange = change(reader, line.parseCommit(ObjectId.fromString(baseSha)).getTree(), phase.getTree());
                    }
                    if (commit.getFullMessage().contains(phaseHead) || phaseChange.equals(change(reader,
                            line.parseCommit(commit.getParent(0)).getTree(), commit.getTree()))) {
                        return Optional.of(new Landing(new MergedAs.Squash(commit.name()), false));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new GitException("Cannot look for " + phaseHead + " on " + headSha + " in " + repository + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean merged(RevWalk ancestry, RevCommit phase, RevCommit into) throws IOException {
        ancestry.reset();
        return ancestry.isMergedInto(phase, ancestry.parseCommit(into));
    }

    /** Path -> blob after, for every file that differs (deleted files map to the zero id). */
    private static Map<String, ObjectId> change(ObjectReader reader, RevTree before, RevTree after) throws IOException {
        Map<String, ObjectId> change = new HashMap<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(before);
            walk.addTree(after);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                change.put(walk.getPathString(), walk.getObjectId(1));
            }
        }
        return change;
    }
}
