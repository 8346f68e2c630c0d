package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.bot.PhaseSteps.FIRST;
import static dev.consolidator.bot.PhaseSteps.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How merges and closes of phase PRs are tracked beyond the straight path. */
class MergeTrackingTest extends BotTestSupport {
    private PhaseSteps steps;
    private Maintainer maintainer;

    private FakeGitHub.Pull applyFirst() throws Exception {
        start();
        maintainer = new Maintainer(bot.remote);
        steps = new PhaseSteps(bot, maintainer);
        return steps.apply();
    }

    @Test
    void a_phase_pr_closed_then_reopened_and_merged_is_merged() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();
        assertEquals("done", bot.deliveries.deliver(steps.reviews.closedUnmerged(pr.number(), pr.head(), head)), context());
        assertEquals("abandoned", steps.state(FIRST));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("reopened", pr.number(), pr.head(), head, false,
                null)), context());
        String merge = steps.mergeWithMergeCommit(pr);

        assertEquals("merged", steps.state(FIRST), "the reopened PR was merged" + context());
        assertEquals(merge, steps.details(FIRST).path("mergeCommit").asText());
    }

    @Test
    void a_rollback_after_unrelated_later_work_on_main_keeps_that_work() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        steps.mergeWithMergeCommit(pr);
        Map<String, String> later = Map.of("docs/runbook.md", "Restart the batch with `make run`.\n");
        String laterCommit = maintainer.commitOnMain(later, "Add the runbook");

        steps.command("/consolidate rollback " + FIRST);

        String revertHead = bot.remote.branch("consolidation/revert/" + FIRST).orElseThrow(() -> new AssertionError(
                steps.lastReply() + context()));
        bot.remote.commitsBetween(laterCommit, revertHead); // on top of the current main
        Map<String, String> expected = new java.util.TreeMap<>(bot.remote.files(bot.remote.baseCommit));
        expected.putAll(later);
        assertEquals(expected, bot.remote.files(revertHead), "the tree before the phase plus the later work");
    }

    @Test
    void rolling_back_an_earlier_phase_waits_until_the_later_phase_revert_is_merged() throws Exception {
        FakeGitHub.Pull first = applyFirst();
        steps.mergeWithMergeCommit(first);
        FakeGitHub.Pull second = steps.apply();
        steps.mergeWithMergeCommit(second);
        steps.command("/consolidate rollback " + SECOND);
        assertEquals("reverting", steps.state(SECOND));

        String refused = steps.command("/consolidate rollback " + FIRST);

        assertThat(refused).contains(SECOND);
        assertThat(github.pulls()).as(context()).hasSize(3);
        assertEquals("merged", steps.state(FIRST));
    }

    @Test
    void an_abandoned_phase_can_be_applied_again_and_its_backup_stays() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String head = bot.remote.branch(pr.head()).orElseThrow();
        String backup = bot.remote.branch("consolidation/backup/" + FIRST).orElseThrow();
        assertEquals("done", bot.deliveries.deliver(steps.reviews.closedUnmerged(pr.number(), pr.head(), head)), context());
        assertEquals("abandoned", steps.state(FIRST));

        String reply = steps.command("/consolidate apply " + FIRST);

        assertEquals("open", steps.state(FIRST), reply + context());
        assertEquals(backup, bot.remote.branch("consolidation/backup/" + FIRST).orElseThrow(), "the backup never moves");
        assertEquals(head, bot.remote.branch(pr.head()).orElseThrow(), "the phase branch is never force-pushed");
    }

    @Test
    void a_single_commit_phase_merged_by_rebase_is_recorded_as_a_rebase() throws Exception {
        FakeGitHub.Pull first = applyFirst();
        steps.mergeWithMergeCommit(first);
        FakeGitHub.Pull second = steps.apply();
        String base = maintainer.main();
        assertThat(bot.remote.commitsBetween(base, second.headSha())).as("one step, one commit").hasSize(1);

        String rebased = maintainer.rebase(second.head(), base);
        steps.merged(second, rebased);

        assertEquals("rebase", steps.details(SECOND).path("mergeMethod").asText(),
                "the replayed commit keeps the step's subject; a squash commit would carry the PR title");
    }
}
