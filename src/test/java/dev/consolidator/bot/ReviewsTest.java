package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.bot.PhaseSteps.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reviews on a phase PR: who counts, on which head commit, and what a dismissal or a request for changes does. */
class ReviewsTest extends BotTestSupport {
    private PhaseSteps steps;

    private FakeGitHub.Pull applyFirst() throws Exception {
        start();
        steps = new PhaseSteps(bot, new Maintainer(bot.remote));
        return steps.apply();
    }

    /** "reviewer state commit counted" per row of the approvals table, oldest first. */
    private List<String> recordedReviews() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = bot.db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT reviewer, state, commit_sha, counted FROM approvals ORDER BY id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4));
                }
            }
        }
        return rows;
    }

    @Test
    void an_approval_counts_for_its_head_and_a_push_resets_the_count() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String headA = bot.remote.branch(pr.head()).orElseThrow();
        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "approved", headA)),
                context());
        assertThat(steps.checkSummary(headA)).contains("approved 1/1");
        assertEquals("approved", steps.state(FIRST));
        assertEquals(1, steps.phase(FIRST).path("approvals").asInt());

        String headB = bot.remote.pushCommit(pr.head(),
                Map.of("docs/consolidation-notes.md", "Reviewed the report package move.\n"), "Notes for reviewers");
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", pr.number(), pr.head(), headB,
                false, null)), context());

        assertThat(steps.checkSummary(headB)).contains("approved 0/1");
        assertEquals("open", steps.state(FIRST), "the approval was for the old head");
        assertEquals(0, steps.phase(FIRST).path("approvals").asInt());
    }

    @Test
    void an_uppercase_APPROVED_state_counts_like_approved() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();

        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "APPROVED", head)),
                context());

        assertThat(steps.checkSummary(head)).contains("approved 1/1");
        assertEquals("approved", steps.state(FIRST));
    }

    @Test
    void a_review_by_a_read_only_user_is_recorded_but_not_counted() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        github.permission("passer-by", "read");
        String head = bot.remote.branch(pr.head()).orElseThrow();

        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), "passer-by", "approved", head)), context());

        assertEquals(List.of("passer-by approved " + head + " false"), recordedReviews());
        assertThat(requestsMatching("GET", repoPath("/collaborators/passer-by/permission"))).as("permission asked" + context())
                .isGreaterThanOrEqualTo(1);
        assertThat(steps.checkSummary(head)).contains("approved 0/1");
        assertEquals("open", steps.state(FIRST));
        assertEquals(0, steps.phase(FIRST).path("approvals").asInt());
    }

    @Test
    void dismissed_and_changes_requested_reviews_are_recorded_and_take_the_approval_back() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        github.permission("second-reviewer", "write");
        String head = bot.remote.branch(pr.head()).orElseThrow();
        long approval = ReviewDeliveries.nextReviewId();
        assertEquals("done", bot.deliveries.deliver(steps.reviews.review("submitted", pr.number(), approval, Deliveries.MAINTAINER,
                "approved", head)), context());
        assertEquals("approved", steps.state(FIRST));

        assertEquals("done", bot.deliveries.deliver(steps.reviews.review("dismissed", pr.number(), approval, Deliveries.MAINTAINER,
                "dismissed", head)), context());
        assertEquals("open", steps.state(FIRST), "the dismissed approval no longer counts");
        assertThat(steps.checkSummary(head)).contains("approved 0/1");

        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), "second-reviewer", "changes_requested",
                head)), context());
        assertEquals(List.of(Deliveries.MAINTAINER + " dismissed " + head + " true",
                "second-reviewer changes_requested " + head + " true"), recordedReviews());
        assertEquals("open", steps.state(FIRST));
    }

    @Test
    void a_ci_suite_completed_on_the_head_shows_in_the_check_and_the_status_table() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();

        assertEquals("done", bot.deliveries.deliver(steps.reviews.suiteCompleted(pr.number(), 118578147L, "acme-ci", head,
                "success")), context());
        assertThat(steps.checkSummary(head)).as("shown as soon as CI completes: "
                + steps.checkSummary(head)).contains("- CI: acme-ci success");
        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "approved", head)),
                context());

        String summary = steps.checkSummary(head);
        assertThat(summary).contains("acme-ci success", "approved 1/1");
        String status = steps.command("/consolidate status");
        assertThat(status).as("CI next to the approvals: " + status).contains("acme-ci");
    }

    @Test
    void the_suite_of_our_own_check_run_is_not_counted_as_the_repositorys_ci() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();

        assertEquals("done", bot.deliveries.deliver(steps.reviews.suiteCompleted(pr.number(), 118578150L,
                Long.parseLong(BotHarness.APP_ID), "consolidator", head, "success")), context());

        assertThat(steps.checkSummary(head)).contains("- CI: no results yet");
        assertThat(steps.command("/consolidate status")).doesNotContain("consolidator success");
    }

    @Test
    void two_approvals_by_the_same_reviewer_count_once() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();

        for (int i = 0; i < 2; i++) {
            assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "approved", head)),
                    context());
        }

        assertThat(recordedReviews()).hasSize(2);
        assertThat(steps.checkSummary(head)).contains("approved 1/1");
        assertEquals(1, steps.phase(FIRST).path("approvals").asInt());
    }

    @Test
    void a_review_after_the_merge_leaves_the_phase_merged() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();
        steps.mergeWithMergeCommit(pr);

        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "approved", head)),
                context());

        assertEquals("merged", steps.state(FIRST));
    }

    @Test
    void a_synchronize_delivered_late_after_the_merge_leaves_the_phase_merged() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String pushed = bot.remote.pushCommit(pr.head(),
                java.util.Map.of("docs/consolidation-notes.md", "Reviewed.\n"), "Notes for reviewers");
        Deliveries.Delivery push = bot.deliveries.pullRequest("synchronize", pr.number(), pr.head(), pushed, false, null);
        String merge = steps.maintainer.mergeCommit(pr.head(), pr.number());
        steps.merged(pr, merge);
        assertEquals("merged", steps.state(FIRST));

        // GitHub does not promise order: the push's delivery arrives (or is redelivered by hand) after the merge
        assertEquals("done", bot.deliveries.deliver(push), context());

        assertEquals("merged", steps.state(FIRST), "a late push event must not reopen a merged phase");
        assertEquals(merge, steps.details(FIRST).path("mergeCommit").asText());
    }
}
