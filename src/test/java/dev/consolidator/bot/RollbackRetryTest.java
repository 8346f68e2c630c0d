package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.bot.PhaseSteps.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rollback refused for a conflict leaves nothing behind that spoils the next attempt. */
class RollbackRetryTest extends BotTestSupport {

    @Test
    void a_rollback_refused_for_a_conflict_succeeds_once_main_no_longer_conflicts() throws Exception {
        start();
        Maintainer maintainer = new Maintainer(bot.remote);
        PhaseSteps steps = new PhaseSteps(bot, maintainer);
        FakeGitHub.Pull pr = steps.apply();
        String merge = steps.mergeWithMergeCommit(pr);
        String path = "src/main/java/com/acme/app/Application.java";
        String merged = bot.remote.files(merge).get(path);
        String edited = merged.replace("import com.acme.reporting.*;", "import com.acme.reporting.*; // kept for the export");
        assertThat(edited).as("the phase rewrote this import").isNotEqualTo(merged);
        maintainer.commitOnMain(Map.of(path, edited), "Comment the reporting import");
        String refused = steps.command("/consolidate rollback " + FIRST);
        assertThat(refused).contains(path);
        assertThat(remoteBranches()).doesNotContain("consolidation/revert/" + FIRST);

        maintainer.commitOnMain(Map.of(path, merged), "Drop the comment again");
        String reply = steps.command("/consolidate rollback " + FIRST);

        assertThat(github.pulls()).as("the revert PR: " + reply + context()).hasSize(2);
        String head = bot.remote.branch("consolidation/revert/" + FIRST).orElseThrow();
        assertEquals(maintainer.tree(bot.remote.baseCommit), maintainer.tree(head), "the tree before the phase");
        assertEquals("reverting", steps.state(FIRST));
    }
}
