package dev.consolidator.store;

import java.time.Instant;

/** A phase of a repository as recorded: state, branches, pull requests, commits and size figures. */
public record PhaseRecord(long rowId,
                          String repository,
                          String phaseId,
                          int planIndex,
                          String title,
                          PhaseState state,
                          String baseBranch,
                          String phaseBranch,
                          String backupBranch,
                          String revertBranch,
                          Integer prNumber,
                          Integer revertPrNumber,
                          Long checkRunId,
                          String baseCommit,
                          String headCommit,
                          String mergeCommit,
                          String mergeMethod,
                          String revertCommit,
                          Integer filesBefore,
                          Integer filesAfter,
                          Integer linesBefore,
                          Integer linesAfter,
                          Integer referencesRewritten,
                          Instant createdAt,
                          Instant updatedAt,
                          Instant mergedAt) {
}
