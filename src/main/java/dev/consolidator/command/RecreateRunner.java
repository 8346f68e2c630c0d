package dev.consolidator.command;

import dev.consolidator.git.CreateBranch;
import dev.consolidator.git.GitException;
import dev.consolidator.git.PushBranches;
import dev.consolidator.git.PushOutcome;
import dev.consolidator.git.Refs;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.store.PhaseBases.Freshness;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;

import java.util.List;
import java.util.Optional;

/**
 * {@code /consolidate recreate <phase>}: rebuilds an open phase PR on the current default branch, whatever its branch
 * holds. Commits pushed by people are first saved on {@code consolidation/<phase>-previous-<n>} (a new branch, never
 * a force push) and named in the reply.
 */
public final class RecreateRunner {
    private final BotServices services;

    public RecreateRunner(BotServices services) {
        this.services = services;
    }

    public Outcome run(GitHubClient gh, RepoRef repo, RepoCheckout co, Plan plan, String phaseId) {
        Optional<Phase> phase = plan.phase(phaseId);
        if (phase.isEmpty()) {
            return Outcome.refused("The plan has no phase `" + phaseId + "`.");
        }
        Optional<PhaseRecord> found = services.phases().find(repo.fullName(), phaseId);
        if (found.isEmpty() || found.get().prNumber() == null
                || !(found.get().state() == PhaseState.OPEN || found.get().state() == PhaseState.APPROVED)) {
            return Outcome.refused("Phase `" + phaseId + "` has no open pull request to recreate"
                    + found.map(r -> " (it is " + r.state().label() + ")").orElse("") + ". `/consolidate apply " + phaseId
                    + "` opens one.");
        }
        PhaseRecord rec = found.get();
        Optional<String> branchHead = Refs.remoteBranch(co.repository(), rec.phaseBranch());
        if (branchHead.isEmpty()) {
            return Outcome.refused("The branch `" + rec.phaseBranch() + "` of phase `" + phaseId + "` is gone; close the pull"
                    + " request and run `/consolidate apply " + phaseId + "`.");
        }
        String head = branchHead.get();
        List<String> human = Staleness.humanCommits(co, head);
        String saved = human.isEmpty() ? null : save(gh, co, phaseId, head);
        PhaseRebuild.Result r = new PhaseRebuild(services).run(gh, repo, co, plan, phase.get(), rec, head, "recreated");
        if (r instanceof PhaseRebuild.Refused refused) {
            return Outcome.refused(refused.reason() + (saved == null ? "" : "\n\nThe branch's commits are saved on `" + saved + "`."));
        }
        PhaseRebuild.Rebuilt rebuilt = (PhaseRebuild.Rebuilt) r;
        services.bases().markChecked(rec.rowId(), new Freshness(co.head(), rebuilt.newHead(), false, "recreated"));
        StringBuilder sb = new StringBuilder("Recreated phase `").append(phaseId).append("` (#").append(rec.prNumber())
                .append(") on `").append(co.defaultBranch()).append("` at `").append(co.head(), 0, 12).append("` (base `")
                .append(rebuilt.oldBase(), 0, 12).append("` → `").append(rebuilt.newBase(), 0, 12).append("`).");
        if (saved != null) {
            sb.append("\n\nThe commits pushed by people are kept on `").append(saved).append("`: ")
                    .append(String.join(", ", human.stream().map(c -> "`" + c.substring(0, 12) + "`").toList()))
                    .append(". Cherry-pick what is still needed onto the new branch.");
        }
        return Outcome.done(sb.toString());
    }

    /** Pushes the branch's current head to the first free {@code consolidation/<phase>-previous-<n>}. */
    private String save(GitHubClient gh, RepoCheckout co, String phaseId, String head) {
        for (int n = 1; ; n++) {
            String name = "consolidation/" + phaseId + "-previous-" + n;
            Optional<String> existing = Refs.existingBranch(co.repository(), name);
            if (existing.isPresent() && !existing.get().equals(head)) {
                continue;
            }
            CreateBranch.at(co.repository(), name, head);
            List<PushOutcome> pushed = PushBranches.run(co.repository(), List.of(name), ApplyRunner.credentials(gh),
                    services.allowInsecureGit());
            if (pushed.stream().allMatch(PushOutcome::succeeded)) {
                return name;
            }
            if (pushed.stream().noneMatch(p -> p.status() == PushOutcome.Status.REJECTED_NON_FAST_FORWARD)) {
                throw new GitException("push of " + name + " was refused: " + pushed);
            }
        }
    }
}
