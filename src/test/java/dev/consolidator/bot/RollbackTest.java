package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.bot.PhaseSteps.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code /consolidate rollback} of the first phase (three steps, three commits) after each of GitHub's merge styles,
 * a rollback that would conflict with later work on main, and the command sent twice.
 */
class RollbackTest extends BotTestSupport {
    static final String REVERT_BRANCH = "consolidation/revert/" + FIRST;

    private PhaseSteps steps;
    private Maintainer maintainer;

    private FakeGitHub.Pull applyFirst() throws Exception {
        start();
        maintainer = new Maintainer(bot.remote);
        steps = new PhaseSteps(bot, maintainer);
        return steps.apply();
    }

    /** Rolls the phase back and checks the revert PR and that its branch holds main as it was before the phase. */
    private void assertRollbackRestoresTheTreeBeforeThePhase(FakeGitHub.Pull phasePr, String mergeMethod) throws Exception {
        assertEquals("merged", steps.state(FIRST), context());
        String reply = steps.command("/consolidate rollback " + FIRST);

        assertThat(github.pulls()).as("one revert PR: " + reply + context()).hasSize(2);
        FakeGitHub.Pull revert = github.pulls().get(1);
        assertEquals("Revert consolidation " + FIRST + ": " + bot.phase(FIRST).title(), revert.title());
        assertThat(revert.body()).startsWith("Reverts #" + phasePr.number());
        assertEquals(REVERT_BRANCH, revert.head());
        assertEquals("main", revert.base());
        for (var m : bot.engineResult(FIRST).mappings()) {
            assertThat(revert.body()).as("lists the restored file " + m.originalPath() + ": " + revert.body())
                    .contains(m.originalPath());
        }
        assertThat(revert.body()).contains("consolidation/backup/" + FIRST);
        String revertHead = bot.remote.branch(REVERT_BRANCH).orElseThrow(() -> new AssertionError("not pushed" + context()));
        assertThat(bot.remote.commitsBetween(maintainer.main(), revertHead)).as("revert commits on top of main's head")
                .isNotEmpty();
        assertEquals(maintainer.tree(bot.remote.baseCommit), maintainer.tree(revertHead),
                "the revert branch's tree is the tree before the phase");
        assertEquals("reverting", steps.state(FIRST));
        assertEquals(mergeMethod, steps.details(FIRST).path("mergeMethod").asText(), "how it was merged");
    }

    @Test
    void rollback_of_a_phase_merged_with_a_merge_commit_reverts_it_against_its_first_parent() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String merge = steps.mergeWithMergeCommit(pr);
        assertThat(maintainer.parents(merge)).hasSize(2);

        assertRollbackRestoresTheTreeBeforeThePhase(pr, "merge");
        assertThat(bot.remote.commitsBetween(merge, bot.remote.branch(REVERT_BRANCH).orElseThrow()))
                .as("one revert commit on top of the merge").hasSize(1);
    }

    @Test
    void rollback_of_a_squashed_phase_reverts_the_single_commit() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String squash = maintainer.squash(pr.head(), pr.number(), pr.title());
        assertThat(maintainer.parents(squash)).hasSize(1);
        steps.merged(pr, squash);

        assertRollbackRestoresTheTreeBeforeThePhase(pr, "squash");
        assertThat(bot.remote.commitsBetween(squash, bot.remote.branch(REVERT_BRANCH).orElseThrow())).hasSize(1);
    }

    @Test
    void rollback_of_a_rebased_phase_reverts_each_replayed_commit_newest_first() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String rebased = maintainer.rebase(pr.head(), bot.remote.baseCommit);
        assertThat(bot.remote.commitsBetween(bot.remote.baseCommit, rebased)).as("three steps replayed").hasSize(3);
        steps.merged(pr, rebased);

        assertRollbackRestoresTheTreeBeforeThePhase(pr, "rebase");
        var reverts = bot.remote.commitsBetween(rebased, bot.remote.branch(REVERT_BRANCH).orElseThrow());
        assertThat(reverts).as("one revert per replayed commit").hasSize(3);
        var replayed = bot.remote.commitsBetween(bot.remote.baseCommit, rebased);
        for (int i = 0; i < 3; i++) {
            assertThat(reverts.get(i).getFullMessage())
                    .as("revert " + i + " names replayed commit " + (2 - i) + ": " + reverts.get(i).getFullMessage()).contains(replayed.get(2 - i).name());
        }
    }

    @Test
    void a_rollback_that_conflicts_with_later_work_on_main_names_the_files_and_backup_and_pushes_nothing() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String merge = steps.mergeWithMergeCommit(pr);
        // later work edits an import line the phase rewrote
        Map<String, String> before = bot.remote.files(bot.remote.baseCommit);
        Map<String, String> after = bot.remote.files(merge);
        String path = after.keySet().stream().filter(p -> p.endsWith(".java") && before.containsKey(p)
                        && !before.get(p).equals(after.get(p)) && after.get(p).contains("import com.acme.reporting."))
                .sorted().findFirst().orElseThrow(() -> new AssertionError("the phase rewrote no import in place"));
        String edited = after.get(path).replaceFirst("(import com\\.acme\\.reporting\\.[A-Za-z.*]+;)", "$1 // still needed by the export");
        assertThat(edited).as("the import line was edited").isNotEqualTo(after.get(path));
        maintainer.commitOnMain(Map.of(path, edited), "Note why the report import stays");
        int requestsBefore = github.requests().size();

        String reply = steps.command("/consolidate rollback " + FIRST);

        assertThat(reply).as("names the conflicting file " + path + ": " + reply).contains(path);
        assertThat(reply).as("names the backup branch: " + reply).contains("consolidation/backup/" + FIRST);
        assertThat(reply).as("names the backup commit: " + reply).contains(bot.remote.baseCommit);
        assertThat(remoteBranches()).as("nothing pushed: " + remoteBranches()).doesNotContain(REVERT_BRANCH);
        assertThat(github.pulls()).as("no revert PR" + context()).hasSize(1);
        assertThat(github.requests().subList(requestsBefore, github.requests().size()))
                .noneMatch(r -> r.method().equals("POST") && r.path().endsWith("/pulls"));
        assertEquals("merged", steps.state(FIRST));
    }

    @Test
    void the_same_rollback_command_twice_opens_one_revert_pr() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        steps.mergeWithMergeCommit(pr);
        Deliveries.Delivery rollback = bot.deliveries.comment("/consolidate rollback " + FIRST);
        assertEquals("done", bot.deliveries.deliver(rollback), context());
        String branchHead = bot.remote.branch(REVERT_BRANCH).orElseThrow();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.redelivery(rollback)), context());
        steps.command("/consolidate rollback " + FIRST);

        assertThat(github.pulls()).as("the phase PR and one revert PR" + context()).hasSize(2);
        assertEquals(1, requestsMatching("POST", repoPath("/pulls")) - 1, "one PR creation besides the phase's" + context());
        assertEquals(branchHead, bot.remote.branch(REVERT_BRANCH).orElseThrow(), "the revert branch never moved");
        assertEquals("reverting", steps.state(FIRST));
        assertEquals(2, steps.phase(FIRST).path("revertPr").asInt());
    }

    @Test
    void rollback_needs_write_access_and_a_merged_phase() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String notMerged = steps.command("/consolidate rollback " + FIRST);
        assertThat(notMerged).as("refused, the phase is only open: " + notMerged).contains(FIRST, "open");
        assertThat(github.pulls()).as(context()).hasSize(1);

        steps.mergeWithMergeCommit(pr);
        github.permission("passer-by", "read");
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate rollback " + FIRST, "passer-by", "User",
                1_950_000_001L)), context());
        String readOnly = steps.lastReply();
        assertThat(readOnly).contains("write access");

        String unknown = steps.command("/consolidate rollback no-such-phase");
        assertThat(unknown).contains("no-such-phase");

        assertThat(github.pulls()).as("no revert PR" + context()).hasSize(1);
        assertThat(remoteBranches()).as(remoteBranches().toString()).doesNotContain(REVERT_BRANCH);
        assertEquals("merged", steps.state(FIRST));
    }

    @Test
    void rollback_of_a_rebased_phase_with_a_hand_pushed_fix_reverts_every_replayed_commit() throws Exception {
        FakeGitHub.Pull pr = applyFirst();
        String fix = bot.remote.pushCommit(pr.head(),
                Map.of("docs/consolidation-notes.md", "Reporting moved.\n"), "Note the reporting move");
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", pr.number(), pr.head(), fix,
                false, null)), context());
        String rebased = maintainer.rebase(pr.head(), bot.remote.baseCommit);
        assertThat(bot.remote.commitsBetween(bot.remote.baseCommit, rebased)).as("three steps and the fix replayed")
                .hasSize(4);
        steps.merged(pr, rebased);

        assertRollbackRestoresTheTreeBeforeThePhase(pr, "rebase");
    }
}
