package dev.consolidator.events;

import dev.consolidator.command.AppliedPhases;
import dev.consolidator.command.ForwarderUsages;
import dev.consolidator.command.BotServices;
import dev.consolidator.command.CheckRuns;
import dev.consolidator.command.CommentCommands;
import dev.consolidator.command.PhaseRebuild;
import dev.consolidator.command.RepoCheckout;
import dev.consolidator.command.RepoContext;
import dev.consolidator.command.RepoSession;
import dev.consolidator.command.Staleness;
import dev.consolidator.git.Refs;
import dev.consolidator.github.Comment;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.store.PhaseBases.Freshness;
import dev.consolidator.store.PhaseRecord;

import java.util.Optional;

/**
 * A push to the default branch: every open phase PR of the repository is checked against the new head. A stale PR
 * holding only the bot's commits is rebuilt; one with people's commits is never rewritten: its check asks for
 * action and one comment explains {@code /consolidate recreate}. The job fetches the newest head, and a phase already
 * checked on that head and on its current branch head is skipped: a burst of pushes (or a redelivery) is checked once.
 */
public final class StalePhases {
    private final BotServices services;
    private final RepoSession session;

    public StalePhases(BotServices services) {
        this.services = services;
        this.session = new RepoSession(services);
    }

    public void onDefaultBranchPush(RepoContext repo) {
        GitHubClient gh = session.gh(repo);
        session.withCheckout(repo, gh, (co, plan) -> {
            if (plan.isEmpty()) {
                return null;
            }
            for (PhaseRecord rec : services.phases().list(repo.fullName())) {
                Optional<Phase> phase = plan.get().phase(rec.phaseId());
                if (underReview(rec) && phase.isPresent()) {
                    check(gh, RepoRef.of(repo.fullName()), co, plan.get(), phase.get(), rec);
                }
            }
            // the default branch moved: the phases API shows forwarder use as of its new head (after the checks above,
            // which must not wait for it)
            ForwarderUsages.countAndRecord(co, repo.fullName(), plan.get(), services);
            return null;
        });
    }

    private void check(GitHubClient gh, RepoRef repo, RepoCheckout co, Plan plan, Phase phase, PhaseRecord rec) {
        Optional<String> branchHead = Refs.remoteBranch(co.repository(), rec.phaseBranch());
        if (branchHead.isEmpty()) {
            return; // the branch was deleted: the PR is being closed
        }
        String phaseHead = branchHead.get();
        Optional<Freshness> last = services.bases().freshness(rec.rowId());
        if (last.filter(f -> f.defaultHead().equals(co.head()) && f.phaseHead().equals(phaseHead)).isPresent()) {
            return; // already checked on this head (a redelivery, or an earlier push of the same burst)
        }
        Staleness.Verdict v = Staleness.decide(services.engine(), co, rec, phaseHead, phase,
                AppliedPhases.mappings(services.details(), rec));
        if (!v.stale()) {
            services.bases().markChecked(rec.rowId(), new Freshness(co.head(), phaseHead, false, v.reason()));
            return;
        }
        if (v.onlyBotCommits()) {
            PhaseRebuild.Result r = new PhaseRebuild(services).run(gh, repo, co, plan, phase, rec, phaseHead, "rebuilt");
            if (r instanceof PhaseRebuild.Rebuilt rebuilt) {
                services.bases().markChecked(rec.rowId(), new Freshness(co.head(), rebuilt.newHead(), false, "rebuilt"));
                return;
            }
            v = new Staleness.Verdict(true, ((PhaseRebuild.Refused) r).reason(), v.files(), v.humanCommits());
        }
        PhaseRecord current = rec.headCommit().equals(phaseHead) ? rec : withHead(repo, rec, phaseHead);
        // one comment per base the PR is built on, not one per push
        Comment told = gh.commentOnce(repo, rec.prNumber(), CommentCommands.marker("stale:" + phase.id() + ":" + rec.baseCommit()),
                humanComment(co, phase, v));
        new CheckRuns(services).actionRequired(gh, repo, phase.id(), current, phaseHead, v.reason(), v.files(), plan.approvals(),
                told.htmlUrl());
        services.bases().markChecked(rec.rowId(), new Freshness(co.head(), phaseHead, true, v.reason()));
    }

    private PhaseRecord withHead(RepoRef repo, PhaseRecord rec, String head) {
        services.phases().update(repo.fullName(), rec.phaseId(), "head_commit = ?", head);
        return services.phases().find(repo.fullName(), rec.phaseId()).orElseThrow();
    }

    private static String humanComment(RepoCheckout co, Phase phase, Staleness.Verdict v) {
        StringBuilder sb = new StringBuilder("Phase `").append(phase.id()).append("` is stale: ").append(v.reason())
                .append(". `").append(co.defaultBranch()).append("` is now at `").append(co.head(), 0, 12).append("`.\n\n");
        if (!v.files().isEmpty()) {
            sb.append("Files:\n");
            v.files().stream().limit(50).forEach(f -> sb.append("- `").append(f).append("`\n"));
            sb.append('\n');
        }
        if (!v.humanCommits().isEmpty()) {
            sb.append("This branch holds commits pushed by people (")
                    .append(String.join(", ", v.humanCommits().stream().map(c -> "`" + c.substring(0, 12) + "`").toList()))
                    .append("), so the bot does not rewrite it.\n\n");
        }
        return sb.append("Comment `/consolidate recreate ").append(phase.id()).append("` to rebuild the phase on the current `")
                .append(co.defaultBranch()).append("`. The commits on the branch will be kept on a branch `consolidation/")
                .append(phase.id()).append("-previous-<n>` first.\n").toString();
    }

    private static boolean underReview(PhaseRecord r) {
        return PhaseEvents.underReview(r) && r.prNumber() != null
                && r.phaseBranch() != null && r.baseCommit() != null && r.headCommit() != null;
    }
}
