package dev.consolidator.git;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tells how a pull request was merged from the commit GitHub reports ({@code merge_commit_sha}): two parents is a
 * merge commit; one parent is a squash, unless the first-parent history ending there repeats the phase's own
 * commits subject by subject, which is what a rebase merge leaves (GitHub keeps each commit's message; a squash
 * commit gets the PR title instead).
 */
public final class DetectMerge {
    private DetectMerge() {
    }

    /**
     * @param mergedSha     the commit the merge produced on the default branch
     * @param phaseSubjects the subjects of the pull request's commits, oldest first (a single commit rebased keeps its
     *                      subject; squashed, GitHub gives it the PR title and number)
     */
    public static MergedAs of(LocalRepository repository, String mergedSha, List<String> phaseSubjects) {
        CommitInfo merged = CommitLog.commit(repository, mergedSha);
        if (merged.isMerge()) {
            return new MergedAs.MergeCommit(mergedSha);
        }
        if (phaseSubjects.isEmpty()) {
            return new MergedAs.Squash(mergedSha);
        }
        List<CommitInfo> run = firstParentRun(repository, merged, phaseSubjects.size());
        boolean replayed = run.size() == phaseSubjects.size()
                && run.stream().map(CommitInfo::subject).toList().equals(phaseSubjects);
        return replayed ? new MergedAs.Rebase(run.stream().map(CommitInfo::sha).toList()) : new MergedAs.Squash(mergedSha);
    }

    /** Up to {@code count} commits ending at {@code tip} along first parents, stopping at a merge; oldest first. */
    private static List<CommitInfo> firstParentRun(LocalRepository repository, CommitInfo tip, int count) {
        List<CommitInfo> run = new ArrayList<>();
        CommitInfo current = tip;
        while (run.size() < count && !current.isMerge()) {
            run.add(current);
            if (current.parents().isEmpty()) {
                break;
            }
            current = CommitLog.commit(repository, current.parents().get(0));
        }
        Collections.reverse(run);
        return run;
    }
}
