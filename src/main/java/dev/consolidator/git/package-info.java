/**
 * The git layer: JGit behind small verbs over our own values. No JGit type appears in a public signature.
 *
 * <p>Expected outcomes are values ({@link dev.consolidator.git.SyncResult.Refused}, {@link
 * dev.consolidator.git.BranchResult.AlreadyExisted}, {@link dev.consolidator.git.CommitResult.NotFastForward},
 * {@link dev.consolidator.git.PushOutcome.Status}, {@link dev.consolidator.git.RevertResult.Conflict}, a dirty
 * {@link dev.consolidator.git.TreeStatus}); infrastructure failures throw {@link dev.consolidator.git.GitException};
 * caller mistakes (a sha that is not a commit, deleting a missing path) throw {@link IllegalArgumentException}.
 *
 * <p>CLI {@code apply}: {@code LocalRepository.open(dir)}, {@code WorkingTreeStatus.of} must be clean,
 * {@code Refs.resolveCommit(repo, "HEAD")}, {@code ReadTextFiles.atCommit}, {@code CreateBranch.at} (backup) and
 * {@code FileManifest.ofCommit}, one {@code CommitChanges.on} per step, then {@code CheckoutBranch.run}.
 *
 * <p>Bot {@code apply}: {@code CloneOrFetch.run} (a bare clone), open it, read the default head's tree, create the
 * backup branch and the step commits in memory, {@code PushBranches.run}. Rollback: {@code DetectMerge.of} on the
 * merged commit, then {@code RevertCommits.onNewBranch} from the default head and push the revert branch.
 */
package dev.consolidator.git;
