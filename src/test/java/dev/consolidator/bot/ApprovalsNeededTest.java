package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.bot.PhaseSteps.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** N is the plan's {@code approvals}: the phase is approved once N distinct writers approved its head. */
class ApprovalsNeededTest extends BotTestSupport {

    @Test
    void a_plan_needing_two_approvals_counts_distinct_writers_only() throws Exception {
        start();
        Maintainer maintainer = new Maintainer(bot.remote);
        maintainer.commitOnMain(Map.of(RemoteRepo.PLAN_PATH, bot.planText.replace("approvals: 1", "approvals: 2")),
                "Two approvals per phase");
        PhaseSteps steps = new PhaseSteps(bot, maintainer);
        FakeGitHub.Pull pr = steps.apply();
        String head = bot.remote.branch(pr.head()).orElseThrow();
        github.permission("reader", "read");
        github.permission("lead", "maintain");

        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "approved", head)), context());
        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), "reader", "approved", head)), context());
        assertThat(steps.checkSummary(head)).contains("approved 1/2");
        assertEquals("open", steps.state(FIRST));

        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), "lead", "approved", head)), context());

        assertThat(steps.checkSummary(head)).contains("approved 2/2");
        assertEquals("approved", steps.state(FIRST));
        assertEquals(2, steps.phase(FIRST).path("approvals").asInt());
    }

    @Test
    void a_rerun_of_the_check_on_an_old_head_does_not_bring_its_approval_back() throws Exception {
        start();
        Maintainer maintainer = new Maintainer(bot.remote);
        PhaseSteps steps = new PhaseSteps(bot, maintainer);
        FakeGitHub.Pull pr = steps.apply();
        String headA = bot.remote.branch(pr.head()).orElseThrow();
        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(pr.number(), Deliveries.MAINTAINER, "approved", headA)), context());
        long runOnA = github.checkRuns().stream().filter(r -> r.headSha().equals(headA)).reduce((a, b) -> b).orElseThrow().id();
        String headB = bot.remote.pushCommit(pr.head(), Map.of("docs/notes.md", "Later.\n"), "Notes");
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", pr.number(), pr.head(), headB, false,
                null)), context());
        assertEquals("open", steps.state(FIRST));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.checkRunRerequested(runOnA, headA, pr.number())), context());

        assertEquals("open", steps.state(FIRST), "the PR's head is B, which nobody approved");
        assertEquals(0, steps.phase(FIRST).path("approvals").asInt());
    }
}
