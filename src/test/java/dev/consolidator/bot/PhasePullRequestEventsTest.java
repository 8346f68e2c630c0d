package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** After the PR is open: a push re-runs the check, and merging the phase lets the next one apply. */
class PhasePullRequestEventsTest extends BotTestSupport {
    static final String FIRST = "reporting-package";
    static final String FIRST_BRANCH = "consolidation/" + FIRST;

    @Test
    void a_hand_pushed_commit_that_still_uses_a_moved_type_fails_the_check_on_the_new_head_at_its_line() throws Exception {
        start();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        String path = "src/main/java/com/acme/app/LegacyExport.java";
        String pushed = bot.remote.pushCommit(FIRST_BRANCH, Map.of(path,
                "package com.acme.app;\n\nimport com.acme.legacy.report.ReportFormat;\n\n"
                        + "public final class LegacyExport {\n    ReportFormat format;\n}\n"), "Add the legacy export");

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", 1, FIRST_BRANCH, pushed, false, null)),
                context());

        FakeGitHub.CheckRun run = github.checkRuns().stream().filter(r -> r.headSha().equals(pushed)).findFirst()
                .orElseThrow(() -> new AssertionError("no check run on the pushed head " + pushed + context()));
        assertEquals("completed", run.status());
        assertEquals("failure", run.conclusion(), String.valueOf(run.output()));
        assertThat(run.annotations()).hasSize(1);
        JsonNode annotation = run.annotations().get(0);
        assertEquals(path, annotation.path("path").asText(), run.output().toPrettyString());
        assertEquals(3, annotation.path("start_line").asInt(), "the import line");
        assertThat(annotation.path("message").asText()).as(annotation.toString())
                .contains("com.acme.legacy.report.ReportFormat");
    }

    @Test
    void reviews_and_ci_results_update_a_failed_checks_summary_without_repeating_its_annotations() throws Exception {
        // given a hand-pushed commit whose check failed with one annotation
        start();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        String pushed = bot.remote.pushCommit(FIRST_BRANCH, Map.of("src/main/java/com/acme/app/LegacyExport.java",
                "package com.acme.app;\n\nimport com.acme.legacy.report.ReportFormat;\n\n"
                        + "public final class LegacyExport {\n    ReportFormat format;\n}\n"), "Add the legacy export");
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", 1, FIRST_BRANCH, pushed, false, null)),
                context());
        int runs = github.checkRuns().size();
        ReviewDeliveries reviews = ReviewDeliveries.of(bot);

        // when CI completes on it and a maintainer approves it
        assertEquals("done", bot.deliveries.deliver(reviews.suiteCompleted(1, 118578147L, "acme-ci", pushed, "success")),
                context());
        assertEquals("done", bot.deliveries.deliver(reviews.review(1, Deliveries.MAINTAINER, "approved", pushed)), context());

        // then the same run shows both, still failed, with its one annotation (GitHub appends every update's annotations)
        assertThat(github.checkRuns()).as("no new check run" + context()).hasSize(runs);
        FakeGitHub.CheckRun run = github.checkRuns().stream().filter(r -> r.headSha().equals(pushed)).findFirst().orElseThrow();
        assertEquals("failure", run.conclusion());
        assertThat(run.annotations()).hasSize(1);
        String summary = run.output().path("summary").asText();
        assertThat(summary).contains("acme-ci success", "approved 1/1");
    }

    @Test
    void a_rerequested_check_is_verified_again_and_reported_on_the_same_head() throws Exception {
        start();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        String head = bot.remote.branch(FIRST_BRANCH).orElseThrow();
        long runId = github.checkRuns().get(0).id();
        long completionsBefore = requestsMatching("PATCH", repoPath("/check-runs/" + runId))
                + requestsMatching("POST", repoPath("/check-runs"));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.checkRunRerequested(runId, head, 1)), context());

        long completionsAfter = requestsMatching("PATCH", repoPath("/check-runs/" + runId))
                + requestsMatching("POST", repoPath("/check-runs"));
        assertThat(completionsAfter).as("the check was reported again" + context()).isGreaterThan(completionsBefore);
        FakeGitHub.CheckRun last = github.checkRuns().get(github.checkRuns().size() - 1);
        assertNotEquals(runId, last.id(), "a re-run is a new check run, as GitHub's Re-run button expects");
        assertEquals(head, last.headSha());
        assertEquals("completed", last.status());
        assertEquals("success", last.conclusion());
    }

    @Test
    void a_re_run_of_another_apps_check_of_the_same_name_is_not_ours_to_answer() throws Exception {
        start();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        String head = bot.remote.branch(FIRST_BRANCH).orElseThrow();
        int runs = github.checkRuns().size();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.checkRunRerequested(99_999_999L, 29310L, head, 1)), context());

        assertThat(github.checkRuns()).as("no new check run" + context()).hasSize(runs);
    }

    @Test
    void after_the_pull_request_is_closed_unmerged_apply_opens_a_new_one_and_never_moves_the_backup() throws Exception {
        start();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        String firstHead = bot.remote.branch(FIRST_BRANCH).orElseThrow();
        github.close(1);
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("closed", 1, FIRST_BRANCH, firstHead, false, null)),
                context());
        String newMain = bot.remote.pushCommit("main",
                Map.of("NOTES.md", "Release notes.\n"), "Add release notes");

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        assertThat(github.pulls()).as("a new pull request for the phase" + context()).hasSize(2);
        FakeGitHub.Pull second = github.pulls().get(1);
        assertEquals("open", second.state());
        assertEquals(bot.remote.baseCommit, bot.remote.branch("consolidation/backup/" + FIRST).orElseThrow(),
                "the backup branch is never moved once it exists");
        assertEquals(firstHead, bot.remote.branch(FIRST_BRANCH).orElseThrow(), "the first PR's branch is not force-pushed");
        assertThat(bot.remote.commitsBetween(newMain, second.headSha())).as("the new branch builds on the new main")
                .hasSize(3);
        assertThat(bot.remote.files(second.headSha()).keySet()).contains("NOTES.md");
        assertThat(github.comments(Deliveries.ISSUE).get(github.comments(Deliveries.ISSUE).size() - 1).body())
                .as("the reply links the new PR" + context()).contains(github.pullUrl(2));
    }

    @Test
    void once_the_first_phase_is_merged_apply_opens_the_second_on_top_of_it() throws Exception {
        start();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        String firstHead = bot.remote.branch(FIRST_BRANCH).orElseThrow();
        String merge = bot.remote.mergeIntoMain(tmp.resolve("merger"), FIRST_BRANCH);

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("closed", 1, FIRST_BRANCH, firstHead, true, merge)),
                context());
        assertEquals("merged", bot.deliveries.api("/api/repos/acme/acme-batch/phases/" + FIRST).at("/phase/state").asText());
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        assertThat(github.pulls()).as(context()).hasSize(2);
        FakeGitHub.Pull second = github.pulls().get(1);
        assertEquals("Consolidation progress-stats: Move the batch progress stats next to the metrics collector", second.title());
        assertEquals("consolidation/progress-stats", second.head());
        assertEquals(merge, bot.remote.branch("consolidation/backup/progress-stats").orElseThrow(), "backed up at the merge");
        assertThat(bot.remote.commitsBetween(merge, second.headSha())).as("one step, one commit on top of main")
                .hasSize(1);
        assertThat(remoteBranches()).contains("consolidation/progress-stats", "consolidation/backup/progress-stats");
        assertEquals("success", github.checkRuns().get(github.checkRuns().size() - 1).conclusion());
    }
}
