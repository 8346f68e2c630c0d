package dev.consolidator.bot;

import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example's own three-phase plan, whose first phase merges ProgressTracker into MetricsCollector. */
class ExamplePlanTest extends BotTestSupport {

    @Test
    void apply_on_the_example_plan_opens_the_progress_tracking_phase() throws Exception {
        start(b -> b.plan(null));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        assertThat(github.pulls()).as("the example's first phase (progress-tracking) needs the merge step:"
                + " it opens a PR only once dev.consolidator.transform.merge.MergeTransform is wired into"
                + " Engines.phaseEngine(). The bot replied:\n" + github.comments(Deliveries.ISSUE) + context()).hasSize(1);
        FakeGitHub.Pull pr = github.pulls().get(0);
        assertEquals("Consolidation progress-tracking: Fold the batch progress tracker into the metrics collector", pr.title());
        assertEquals(Set.of("main", "consolidation/backup/progress-tracking", "consolidation/progress-tracking"), remoteBranches());
        assertThat(bot.remote.commitsBetween(bot.remote.baseCommit, pr.headSha())).as("move, then merge").hasSize(2);
        assertEquals(bot.engineResult("progress-tracking").after().files(), bot.remote.files(pr.headSha()),
                "the phase branch is the engine's output");
        assertEquals("success", github.checkRuns().get(0).conclusion());
        Map<String, String> sources = new TreeMap<>();
        bot.remote.files(pr.headSha()).forEach((path, text) -> {
            if (path.startsWith("src/main/java/")) {
                sources.put(path, text);
            }
        });
        assertEquals(List.of(), JavaCompilation.compile(SourceTree.of(sources)).errors(), "the merged phase compiles");
        assertThat(onlyReply()).contains(github.pullUrl(1));
    }
}
