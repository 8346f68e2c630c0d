package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.bot.PhaseSteps.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A phase's second life: once rolled back it can be applied again, merged again and rolled back again, each time on
 * top of the current main, never force-pushing the branches of its first life.
 */
class RolledBackPhaseTest extends BotTestSupport {
    private PhaseSteps steps;
    private Maintainer maintainer;

    /** Apply, merge, roll back, merge the revert: the phase is rolled_back. Returns the revert PR. */
    private FakeGitHub.Pull firstLife() throws Exception {
        start();
        maintainer = new Maintainer(bot.remote);
        steps = new PhaseSteps(bot, maintainer);
        FakeGitHub.Pull pr = steps.apply();
        steps.mergeWithMergeCommit(pr);
        steps.command("/consolidate rollback " + FIRST);
        FakeGitHub.Pull revert = github.pulls().get(github.pulls().size() - 1);
        steps.mergeWithMergeCommit(revert);
        assertEquals("rolled_back", steps.state(FIRST), context());
        return revert;
    }

    /** GitHub closed every earlier PR (this fake keeps them open): the next "open PRs for this head" lookup is empty. */
    private void earlierPullRequestsAreClosed() {
        github.answerOnce("GET", repoPath("/pulls"), GitHubAnswers.json(200, "[]"));
    }

    private boolean descends(String commit, String ancestor) throws Exception {
        try {
            bot.remote.commitsBetween(ancestor, commit);
            return true;
        } catch (AssertionError notOnFirstParents) {
            return false;
        }
    }

    @Test
    void a_rolled_back_phase_applied_again_opens_a_new_pr_on_top_of_main_and_keeps_the_backup() throws Exception {
        firstLife();
        String backup = bot.remote.branch("consolidation/backup/" + FIRST).orElseThrow();
        String oldBranch = bot.remote.branch(PhaseSteps.branch(FIRST)).orElseThrow();
        String main = maintainer.main();

        earlierPullRequestsAreClosed();
        String reply = steps.command("/consolidate apply " + FIRST);

        assertThat(github.pulls()).as("a new phase PR: " + reply + context()).hasSize(3);
        FakeGitHub.Pull again = github.pulls().get(2);
        assertThat(again.title()).startsWith("Consolidation " + FIRST);
        assertEquals(oldBranch, bot.remote.branch(PhaseSteps.branch(FIRST)).orElseThrow(), "the first life's branch is not moved");
        assertNotEquals(PhaseSteps.branch(FIRST), again.head(), "a fresh branch name");
        assertEquals(main, bot.remote.commitsBetween(main, again.headSha()).get(0).getParent(0).name(), "built on main's head");
        assertEquals(backup, bot.remote.branch("consolidation/backup/" + FIRST).orElseThrow(), "the backup never moves");
        assertEquals("open", steps.state(FIRST));
        assertEquals(again.number(), steps.phase(FIRST).path("pr").asInt());
    }

    @Test
    void a_phase_applied_again_and_merged_again_is_rolled_back_by_a_new_revert_of_the_new_merge() throws Exception {
        FakeGitHub.Pull firstRevert = firstLife();
        earlierPullRequestsAreClosed();
        steps.command("/consolidate apply " + FIRST);
        FakeGitHub.Pull again = github.pulls().get(github.pulls().size() - 1);
        String beforeAgain = maintainer.tree("refs/heads/main");
        String secondMerge = steps.mergeWithMergeCommit(again);
        assertEquals("merged", steps.state(FIRST), context());

        earlierPullRequestsAreClosed();
        int pulls = github.pulls().size();
        String reply = steps.command("/consolidate rollback " + FIRST);

        java.util.List<String> reverting = new java.util.ArrayList<>();
        for (String b : remoteBranches()) {
            if (b.startsWith("consolidation/revert/" + FIRST) && maintainer.tree("refs/heads/" + b).equals(beforeAgain)
                    && descends(bot.remote.branch(b).orElseThrow(), secondMerge)) {
                reverting.add(b);
            }
        }
        assertThat(reverting).as("one pushed branch, on top of the second merge, reverts it (the first life's revert branch, already"
                + " merged, must not be reused): " + remoteBranches() + "\n" + reply).hasSize(1);
        assertThat(github.pulls()).as("a new revert PR: " + reply + context()).hasSize(pulls + 1);

        FakeGitHub.Pull revert = github.pulls().get(github.pulls().size() - 1);
        assertNotEquals(firstRevert.number(), revert.number(), "a new revert PR: " + reply + context());
        assertThat(revert.body()).startsWith("Reverts #" + again.number());
        String head = bot.remote.branch(revert.head()).orElseThrow();
        assertEquals(beforeAgain, maintainer.tree(head), "the new revert branch undoes the second merge");
        assertEquals("reverting", steps.state(FIRST));
    }
}
