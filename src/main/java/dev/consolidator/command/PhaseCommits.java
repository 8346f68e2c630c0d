package dev.consolidator.command;

import dev.consolidator.git.CommitChanges;
import dev.consolidator.git.CommitRequest;
import dev.consolidator.git.CommitResult;
import dev.consolidator.git.GitException;
import dev.consolidator.git.GitIdentity;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a phase as a branch with one commit per step, on top of the base commit, without a working tree. Steps
 * already in place make no commit. The same for the CLI and the bot, so a phase branch looks the same either way.
 */
public final class PhaseCommits {
    private PhaseCommits() {
    }

    /** The branch head after the phase, and the commit of each step (null for a step that was already applied). */
    public record Written(String head, List<String> stepCommits) {
        public Written {
            stepCommits = java.util.Collections.unmodifiableList(new ArrayList<>(stepCommits));
        }
    }

    public static String message(String phaseId, StepResult step) {
        return "consolidate(" + phaseId + "): " + step.step().describe() + "\n\n" + step.summary() + "\n";
    }

    public static Written write(LocalRepository repository, PhaseResult result, String baseCommit, String branch, GitIdentity who) {
        if (result.hasProblems()) {
            throw new IllegalArgumentException("a phase with problems is never written");
        }
        String head = baseCommit;
        List<String> commits = new ArrayList<>();
        for (StepResult step : result.steps()) {
            ChangeSet changes = step.changes();
            if (step.alreadyApplied() || changes.isEmpty()) {
                commits.add(null);
                continue;
            }
            Map<String, String> writes = new TreeMap<>(changes.modified());
            writes.putAll(changes.added());
            CommitResult committed = CommitChanges.on(repository, CommitRequest.of(branch, head, writes, changes.deleted(),
                    message(result.phase().id(), step), who));
            if (committed instanceof CommitResult.Committed c) {
                head = c.sha();
                commits.add(c.sha());
            } else {
                throw new GitException("branch " + branch + " moved while the phase was being written: " + committed);
            }
        }
        return new Written(head, commits);
    }
}
