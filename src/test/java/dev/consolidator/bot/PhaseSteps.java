package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The steps the issue 5 tests repeat, each through the real endpoint: apply a phase, merge its PR one of three ways
 * and tell the bot, ask for a rollback, read the progress API. Composition over the harness, never a shortcut into
 * the store.
 */
final class PhaseSteps {
    static final String FIRST = "reporting-package";
    static final String SECOND = "progress-stats";

    private final BotHarness bot;
    final Maintainer maintainer;
    final ReviewDeliveries reviews;

    PhaseSteps(BotHarness bot, Maintainer maintainer) {
        this.bot = bot;
        this.maintainer = maintainer;
        this.reviews = ReviewDeliveries.of(bot);
    }

    static String branch(String phase) {
        return "consolidation/" + phase;
    }

    /** {@code /consolidate apply} from the maintainer; returns the PR GitHub now holds for the phase's branch. */
    FakeGitHub.Pull apply() throws Exception {
        int before = bot.github.pulls().size();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), bot.context());
        List<FakeGitHub.Pull> pulls = bot.github.pulls();
        assertThat(pulls).as("apply opens one PR" + bot.context()).hasSize(before + 1);
        return pulls.get(pulls.size() - 1);
    }

    /** A comment command; returns the bot's newest reply on the thread. */
    String command(String text) throws Exception {
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment(text)), bot.context());
        return lastReply();
    }

    String lastReply() {
        List<FakeGitHub.Comment> replies = bot.github.comments(Deliveries.ISSUE);
        if (replies.isEmpty()) {
            throw new AssertionError("no reply on #" + Deliveries.ISSUE + bot.context());
        }
        return replies.get(replies.size() - 1).body();
    }

    /** GitHub tells the bot the PR was merged as {@code mergeSha} (the payload's merge_commit_sha). */
    void merged(FakeGitHub.Pull pr, String mergeSha) throws Exception {
        assertEquals("done", bot.deliveries.deliver(closed(pr, mergeSha)), bot.context());
    }

    Deliveries.Delivery closed(FakeGitHub.Pull pr, String mergeSha) {
        String head = bot.remote.branch(pr.head()).orElse(pr.headSha());
        return bot.deliveries.pullRequest("closed", pr.number(), pr.head(), head, mergeSha != null, mergeSha);
    }

    /** Merge-commit merge of the PR in the remote, then the closed payload. Returns the merge commit. */
    String mergeWithMergeCommit(FakeGitHub.Pull pr) throws Exception {
        String sha = maintainer.mergeCommit(pr.head(), pr.number());
        merged(pr, sha);
        return sha;
    }

    /** The phase's state as GET /api/repos/{owner}/{repo}/phases reports it. */
    String state(String phaseId) throws Exception {
        return phase(phaseId).path("state").asText();
    }

    JsonNode phase(String phaseId) throws Exception {
        for (JsonNode p : bot.deliveries.api("/api/repos/" + BotHarness.OWNER + "/" + BotHarness.REPO + "/phases")) {
            if (p.path("id").asText().equals(phaseId)) {
                return p;
            }
        }
        throw new AssertionError("no phase " + phaseId + " in the progress API");
    }

    /** GET /phases/{id}: the detailed record (mergeCommit, mergeMethod, mappings...). */
    JsonNode details(String phaseId) throws Exception {
        return bot.deliveries.api("/api/repos/" + BotHarness.OWNER + "/" + BotHarness.REPO + "/phases/" + phaseId);
    }

    /** The summary of the newest consolidation check run on {@code sha}. */
    String checkSummary(String sha) {
        List<FakeGitHub.CheckRun> runs = bot.github.checkRuns().stream().filter(r -> r.headSha().equals(sha)).toList();
        if (runs.isEmpty()) {
            throw new AssertionError("no check run on " + sha + bot.context());
        }
        return runs.get(runs.size() - 1).output().path("summary").asText();
    }
}
