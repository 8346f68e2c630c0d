package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.consolidator.bot.PhaseSteps.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PRs the bot did not open change nothing; every issue 5 event delivered twice changes nothing the second time. */
class PhaseEventRedeliveryTest extends BotTestSupport {
    private PhaseSteps steps;

    /** What a redelivery must leave alone: PRs, comments, check runs, the phases as the API shows them, recorded rows, branches. */
    record Snapshot(int pulls, List<String> comments, int checkRuns, JsonNode phases, int reviews, int suites, Set<String> branches) {
    }

    private Snapshot snapshot() throws Exception {
        return new Snapshot(github.pulls().size(), github.comments().stream().map(FakeGitHub.Comment::body).toList(),
                github.checkRuns().size(),
                bot.deliveries.api("/api/repos/" + BotHarness.OWNER + "/" + BotHarness.REPO + "/phases"),
                count("approvals"), count("check_suites"), remoteBranches());
    }

    private int count(String table) throws Exception {
        try (Connection c = bot.db.connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Delivers it, then GitHub's redelivery with the same GUID, then the same content under a new GUID. */
    private void deliverThrice(String what, Deliveries.Delivery d) throws Exception {
        assertEquals("done", bot.deliveries.deliver(d), what + context());
        Snapshot once = snapshot();
        assertEquals(200, bot.deliveries.post(d), what + ": the same GUID again is a duplicate");
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.redelivery(d)), what + context());
        assertEquals(once, snapshot(), what + " delivered again changed something" + context());
    }

    private FakeGitHub.Pull applyFirst() throws Exception {
        start();
        steps = new PhaseSteps(bot, new Maintainer(bot.remote));
        return steps.apply();
    }

    @Test
    void a_foreign_pr_on_a_consolidation_branch_merged_or_closed_or_reviewed_changes_nothing() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();
        Snapshot before = snapshot();
        int requests = github.requests().size();
        int foreign = 42;

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("closed", foreign, pr.head(), head, true,
                bot.remote.baseCommit)), context());
        assertEquals("done", bot.deliveries.deliver(steps.reviews.closedUnmerged(foreign + 1, pr.head(), head)), context());
        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(foreign, Deliveries.MAINTAINER, "approved", head)), context());
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", foreign, pr.head(), head, false,
                null)), context());

        assertEquals(before, snapshot(), context());
        assertEquals("open", steps.state(FIRST));
        assertEquals(List.of(), github.requests().subList(requests, github.requests().size()).stream()
                .filter(r -> !r.method().equals("GET")).map(FakeGitHub.Request::line).toList(), "nothing written to GitHub");
    }

    @Test
    void every_event_of_a_phase_delivered_twice_changes_nothing_the_second_time() throws Exception {
        start();
        steps = new PhaseSteps(bot, new Maintainer(bot.remote));
        deliverThrice("apply", bot.deliveries.comment("/consolidate apply"));
        FakeGitHub.Pull pr = github.pulls().get(0);

        String pushed = bot.remote.pushCommit(pr.head(),
                Map.of("docs/consolidation-notes.md", "Reviewed.\n"), "Notes for reviewers");
        deliverThrice("synchronize", bot.deliveries.pullRequest("synchronize", pr.number(), pr.head(), pushed, false, null));
        deliverThrice("review", steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "approved", pushed));
        assertEquals("approved", steps.state(FIRST));
        deliverThrice("check suite", steps.reviews.suiteCompleted(pr.number(), 118578147L, "acme-ci", pushed, "success"));
        long runId = github.checkRuns().get(github.checkRuns().size() - 1).id();
        deliverThrice("check run rerequested", bot.deliveries.checkRunRerequested(runId, pushed, pr.number()));
        deliverThrice("status", bot.deliveries.comment("/consolidate status"));

        String merge = steps.maintainer.mergeCommit(pr.head(), pr.number());
        deliverThrice("merged", steps.closed(pr, merge));
        assertEquals("merged", steps.state(FIRST));
        assertThat(github.comments(pr.number())).as("one progress comment on the merged PR").hasSize(1);

        deliverThrice("rollback", bot.deliveries.comment("/consolidate rollback " + FIRST));
        assertThat(github.pulls()).as(context()).hasSize(2);
        FakeGitHub.Pull revert = github.pulls().get(1);
        String revertMerge = steps.maintainer.mergeCommit(revert.head(), revert.number());
        deliverThrice("revert merged", steps.closed(revert, revertMerge));
        assertEquals("rolled_back", steps.state(FIRST));
    }

    @Test
    void a_phase_pr_closed_unmerged_is_abandoned_once() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();

        deliverThrice("closed", steps.reviews.closedUnmerged(pr.number(), pr.head(), head));

        assertEquals("abandoned", steps.state(FIRST));
        assertThat(remoteBranches()).as("the backup branch stays").contains("consolidation/backup/" + FIRST);
    }

    @Test
    void a_revert_pr_closed_unmerged_returns_the_phase_to_merged() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        steps.mergeWithMergeCommit(pr);
        steps.command("/consolidate rollback " + FIRST);
        assertEquals("reverting", steps.state(FIRST));
        FakeGitHub.Pull revert = github.pulls().get(1);

        deliverThrice("revert closed", steps.reviews.closedUnmerged(revert.number(), revert.head(),
                bot.remote.branch(revert.head()).orElseThrow()));

        assertEquals("merged", steps.state(FIRST));
        assertEquals(revert.number(), steps.phase(FIRST).path("revertPr").asInt(), "the revert PR stays linked");
    }

    @Test
    void the_merge_and_the_rollback_each_delivered_twice_at_once_act_once() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String merge = steps.maintainer.mergeCommit(pr.head(), pr.number());
        Deliveries.Delivery closed = steps.closed(pr, merge);
        Deliveries.Delivery again = bot.deliveries.redelivery(closed);
        assertEquals(202, bot.deliveries.post(closed));
        assertEquals(202, bot.deliveries.post(again));
        assertEquals("done", bot.deliveries.awaitSettled(closed.id(), java.time.Duration.ofSeconds(30)), context());
        assertEquals("done", bot.deliveries.awaitSettled(again.id(), java.time.Duration.ofSeconds(30)), context());
        assertEquals("merged", steps.state(FIRST));
        assertThat(github.comments(pr.number())).as("one progress comment" + context()).hasSize(1);

        Deliveries.Delivery rollback = bot.deliveries.comment("/consolidate rollback " + FIRST);
        Deliveries.Delivery rollbackAgain = bot.deliveries.redelivery(rollback);
        assertEquals(202, bot.deliveries.post(rollback));
        assertEquals(202, bot.deliveries.post(rollbackAgain));
        assertEquals("done", bot.deliveries.awaitSettled(rollback.id(), java.time.Duration.ofSeconds(30)), context());
        assertEquals("done", bot.deliveries.awaitSettled(rollbackAgain.id(), java.time.Duration.ofSeconds(30)), context());

        assertThat(github.pulls()).as("one revert PR" + context()).hasSize(2);
        assertThat(github.comments(Deliveries.ISSUE)).as("one reply to the rollback besides apply's" + context()).hasSize(2);
        assertEquals("reverting", steps.state(FIRST));
    }
}
