package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.bot.PhaseSteps.FIRST;
import static dev.consolidator.bot.PhaseSteps.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 5 end to end, through the webhook endpoint: WireMock plays GitHub, a bare repository the remote; merges are
 * made in the bare repository by a maintainer with JGit and announced with the recorded pull_request.closed payload.
 */
class PhaseLifecycleTest extends BotTestSupport {

    /** Over HTTP: the whole apply, merge and rollback flow once through the real client, end to end. */
    @Override
    boolean overHttp() {
        return true;
    }

    @Test
    void two_phases_applied_approved_merged_then_the_second_rolled_back_restores_main_byte_for_byte() throws Exception {
        start();
        Maintainer maintainer = new Maintainer(bot.remote);
        PhaseSteps steps = new PhaseSteps(bot, maintainer);

        // phase 1: apply, approve, merge
        FakeGitHub.Pull first = steps.apply();
        assertEquals(PhaseSteps.branch(FIRST), first.head());
        String firstHead = bot.remote.branch(first.head()).orElseThrow();
        assertEquals("done", bot.deliveries.deliver(steps.reviews.review(first.number(), Deliveries.MAINTAINER, "approved",
                firstHead)), context());
        assertThat(steps.checkSummary(firstHead)).contains("approved 1/1");
        assertEquals("approved", steps.state(FIRST), context());
        String firstMerge = steps.mergeWithMergeCommit(first);
        assertEquals("merged", steps.state(FIRST), context());
        assertEquals(firstMerge, steps.details(FIRST).path("mergeCommit").asText());
        assertEquals("merge", steps.details(FIRST).path("mergeMethod").asText());
        var engine = bot.engineResult(FIRST);
        assertThat(steps.details(FIRST).path("mappings")).as(steps.details(FIRST).toPrettyString())
                .hasSameSizeAs(engine.mappings());
        assertThat(steps.details(FIRST).path("importChanges")).hasSameSizeAs(engine.importChanges());
        List<FakeGitHub.Comment> progress = github.comments(first.number());
        assertThat(progress).as("the progress table commented on the merged PR" + context()).hasSize(1);
        assertThat(progress.get(0).body()).contains(FIRST, "merged");

        // status
        String status = steps.command("/consolidate status");
        String firstRow = status.lines().filter(l -> l.contains(FIRST)).findFirst().orElseThrow(() -> new AssertionError(status));
        assertThat(firstRow).as(status).contains("merged", "#" + first.number(), "1/1");
        int filesBefore = steps.phase(FIRST).path("filesBefore").asInt();
        int filesAfter = steps.phase(FIRST).path("filesAfter").asInt();
        assertThat(filesBefore).as("phase 1 deletes a type: " + steps.phase(FIRST)).isGreaterThan(filesAfter);
        assertThat(status).as("totals as a count and a share of the starting files: " + status)
                .contains("1 of 2 phases merged; Java files reduced by " + (filesBefore - filesAfter)
                + String.format(java.util.Locale.ROOT, " (%.1f%% of %d)", 100.0 * (filesBefore - filesAfter) / filesBefore, filesBefore));

        // phase 2: apply on top of the merge, merge
        String beforeSecond = maintainer.tree("refs/heads/main");
        FakeGitHub.Pull second = steps.apply();
        assertEquals(PhaseSteps.branch(SECOND), second.head());
        steps.mergeWithMergeCommit(second);
        assertEquals("merged", steps.state(SECOND), context());
        assertThat(maintainer.tree("refs/heads/main")).as("phase 2 changed main").isNotEqualTo(beforeSecond);

        // rollback of phase 1 refused: phase 2 is merged after it
        int pullsBefore = github.pulls().size();
        String refused = steps.command("/consolidate rollback " + FIRST);
        assertThat(refused).as("the refusal names the later merged phase: " + refused).contains(SECOND);
        assertThat(github.pulls()).as("no revert PR" + context()).hasSize(pullsBefore);
        assertThat(remoteBranches()).as(remoteBranches().toString()).doesNotContain("consolidation/revert/" + FIRST);
        assertEquals("merged", steps.state(FIRST));

        // rollback of phase 2: a revert PR
        String reply = steps.command("/consolidate rollback " + SECOND);
        assertThat(github.pulls()).as("one revert PR: " + reply + context()).hasSize(pullsBefore + 1);
        FakeGitHub.Pull revert = github.pulls().get(github.pulls().size() - 1);
        assertEquals("Revert consolidation " + SECOND + ": " + bot.phase(SECOND).title(), revert.title());
        assertThat(revert.body()).startsWith("Reverts #" + second.number());
        assertThat(revert.body()).as("links the backup branch: " + revert.body())
                .contains("consolidation/backup/" + SECOND);
        assertEquals("consolidation/revert/" + SECOND, revert.head());
        assertEquals("main", revert.base());
        assertThat(reply).contains(github.pullUrl(revert.number()));
        String revertHead = bot.remote.branch(revert.head()).orElseThrow(() -> new AssertionError("revert branch not pushed"));
        assertEquals(beforeSecond, maintainer.tree(revertHead), "the revert branch holds main as it was before phase 2");
        assertEquals("reverting", steps.state(SECOND));
        assertEquals(revert.number(), steps.phase(SECOND).path("revertPr").asInt());

        // the revert PR is merged
        steps.mergeWithMergeCommit(revert);
        assertEquals("rolled_back", steps.state(SECOND), context());
        String finalStatus = steps.command("/consolidate status");
        assertThat(finalStatus.lines()).as("a line with %s, rolled_back and #%d", SECOND, revert.number())
                .anyMatch(l -> l.contains(SECOND) && l.contains("rolled_back") && l.contains("#" + revert.number()));
        assertThat(finalStatus).as("a rolled-back phase no longer counts: " + finalStatus)
                .contains("1 of 2 phases merged; Java files reduced by " + (filesBefore - filesAfter));
        assertEquals("merged", steps.state(FIRST));
        assertEquals(beforeSecond, maintainer.tree("refs/heads/main"), "main's tree equals the tree before phase 2");
        assertEquals(bot.remote.files(maintainer.main()), bot.remote.files(firstMerge), "every file byte for byte");
    }
}
