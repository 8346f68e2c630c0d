package dev.consolidator.bot;

import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.engine.PhaseResult;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** `/consolidate apply` from a comment to the pull request, its branches and its check run. */
class ApplyCommandTest extends BotTestSupport {
    static final String PHASE = "reporting-package";
    static final String TITLE = "Move the legacy report package to com.acme.reporting";

    @Test
    void apply_opens_the_first_phase_as_a_pull_request_with_a_green_check_run_and_replies_with_its_link() throws Exception {
        start();
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate apply");

        assertEquals("done", bot.deliveries.deliver(command), context());

        // the pull request
        assertThat(github.pulls()).as("one pull request" + context()).hasSize(1);
        FakeGitHub.Pull pr = github.pulls().get(0);
        assertEquals("Consolidation " + PHASE + ": " + TITLE, pr.title());
        assertEquals("main", pr.base());
        assertEquals("consolidation/" + PHASE, pr.head());
        List<TypeMapping> mappings = bot.engineResult(PHASE).mappings();
        assertThat(mappings).as("4 types of the package, TextPadding, LegacyDates").hasSize(6);
        for (TypeMapping m : mappings) {
            assertThat(pr.body()).as("the body maps " + m.originalType() + " to " + m.newType())
                    .contains("`" + m.originalType() + "`", m.originalPath());
            if (m.newType() != null) {
                assertThat(pr.body()).as("the body maps " + m.originalType() + " to " + m.newType())
                        .contains("`" + m.newType() + "`");
            }
        }
        assertThat(pr.body()).as("the body says how to roll back:\n" + pr.body())
                .contains("/consolidate rollback " + PHASE);
        String phaseHead = bot.remote.branch("consolidation/" + PHASE).orElseThrow();
        assertEquals(phaseHead, pr.headSha(), "the PR was opened after the phase branch was pushed");

        // the check run on the phase branch's head
        assertThat(github.checkRuns()).as("one check run" + context()).hasSize(1);
        FakeGitHub.CheckRun run = github.checkRuns().get(0);
        assertEquals("consolidation", run.name());
        assertEquals(phaseHead, run.headSha());
        assertEquals("completed", run.status());
        assertEquals("success", run.conclusion(), "check run output: " + run.output());
        assertEquals("in_progress", firstCheckRunStatus(), "it starts in progress while the branch is verified");
        String summary = run.output().path("summary").asText();
        assertThat(summary).as("the summary counts the steps in place and the"
                + " approvals given/needed:\n" + summary).contains("3/3", "0/1");

        // the reply and the reactions
        String reply = onlyReply();
        assertThat(reply).as("the reply links the PR:\n" + reply).contains(github.pullUrl(pr.number()));
        assertEquals(List.of("rocket"), reactionsOn(command.commentId()), "eyes swapped for rocket" + context());
        // the app's own requests (its installation token) come before any call on the repository
        // (and the dashboard issue, written once the command has been answered, after them)
        List<FakeGitHub.Request> requests = github.requests().stream().filter(r -> !r.path().startsWith("/app"))
                .filter(r -> !r.path().matches(".*/issues(/\\d+)?")).toList();
        assertEquals("POST " + repoPath("/issues/comments/" + command.commentId() + "/reactions"),
                requests.get(0).method() + " " + requests.get(0).path(), "the eyes reaction comes first" + context());
        assertThat(requests.get(0).body()).contains("eyes");
        assertThat(requests.get(requests.size() - 1).body()).as("rocket comes last" + context()).contains("rocket");
    }

    @Test
    void apply_pushes_a_backup_branch_at_the_base_commit_and_the_phase_branch_with_one_commit_per_step() throws Exception {
        start();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        assertEquals(Set.of("main", "consolidation/backup/" + PHASE, "consolidation/" + PHASE), remoteBranches());
        assertEquals(bot.remote.baseCommit, bot.remote.branch("consolidation/backup/" + PHASE).orElseThrow());
        assertEquals(bot.remote.baseCommit, bot.remote.branch("main").orElseThrow(), "main is never touched");
        List<RevCommit> commits = bot.remote.commitsBetween(bot.remote.baseCommit,
                bot.remote.branch("consolidation/" + PHASE).orElseThrow());
        assertThat(commits).as("move package, move type, delete: one commit each").hasSize(3);
        assertThat(commits.get(0).getFullMessage()).contains("com.acme.legacy.report");
        assertThat(commits.get(1).getFullMessage()).contains("TextPadding");
        assertThat(commits.get(2).getFullMessage()).contains("LegacyDates");
    }

    @Test
    void the_phase_branch_holds_exactly_what_the_engine_makes_of_main_and_compiles() throws Exception {
        start();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply " + PHASE)), context());

        Map<String, String> branch = bot.remote.files(bot.remote.branch("consolidation/" + PHASE).orElseThrow());
        PhaseResult engine = bot.engineResult(PHASE);
        assertThat(engine.problems()).as("problems of the engine").isEmpty();
        assertEquals(engine.after().files(), branch, "same files, same texts as the engine's output");
        assertThat(branch.keySet()).contains("src/main/java/com/acme/reporting/ReportGenerator.java");
        assertThat(branch.keySet()).doesNotContain("src/main/java/com/acme/legacy/util/LegacyDates.java");

        Map<String, String> mainSources = new TreeMap<>();
        branch.forEach((path, text) -> {
            if (path.startsWith("src/main/java/")) {
                mainSources.put(path, text);
            }
        });
        assertEquals(List.of(), JavaCompilation.compile(SourceTree.of(mainSources)).errors(), "the phase branch compiles");
    }

    @Test
    void a_user_with_the_maintain_role_may_apply() throws Exception {
        start();
        github.permission("keeper", "maintain");

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply", "keeper", "User", 1_600_000_001L)),
                context());

        assertThat(github.pulls()).as("maintain is enough to apply" + context()).hasSize(1);
    }

    @Test
    void a_command_on_the_third_line_of_a_long_comment_is_run() throws Exception {
        start();
        String comment = "Thanks for the plan, the report package has been bugging us for a while.\n"
                + "I checked the dry run and it looks right to me.\n"
                + "/consolidate apply\n"
                + "\n"
                + "Let's review it tomorrow. " + "Lorem ipsum dolor sit amet. ".repeat(60);

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment(comment)), context());

        assertThat(github.pulls()).as("the command on line 3 opened the PR" + context()).hasSize(1);
        assertEquals("consolidation/" + PHASE, github.pulls().get(0).head());
        assertThat(onlyReply()).contains(github.pullUrl(1));
    }

    @Test
    void apply_records_the_open_phase_with_its_pull_request_branches_commits_and_mappings_and_audits_the_command() throws Exception {
        start();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        JsonNode phase = bot.deliveries.api("/api/repos/acme/acme-batch/phases/" + PHASE);
        String recorded = phase.toPrettyString();
        assertEquals("open", phase.at("/phase/state").asText(), recorded);
        assertEquals(1, phase.at("/phase/pr").asInt(), recorded);
        assertEquals("consolidation/" + PHASE, phase.path("branch").asText(), recorded);
        assertEquals(bot.remote.baseCommit, phase.path("baseCommit").asText(), recorded);
        assertEquals(bot.remote.branch("consolidation/" + PHASE).orElseThrow(), phase.path("headCommit").asText(), recorded);
        assertThat(phase.path("steps")).as(recorded).hasSize(3);
        PhaseResult engine = bot.engineResult(PHASE);
        assertThat(phase.path("mappings")).as(recorded).hasSameSizeAs(engine.mappings());
        assertThat(phase.path("importChanges")).as(recorded).hasSameSizeAs(engine.importChanges());
        assertThat(recorded).contains("com.acme.reporting.ReportGenerator");
        assertThat(phase.path("backup").toString()).as("the backup is recorded at the base commit:\n" + recorded)
                .contains(bot.remote.baseCommit);

        assertEquals(List.of("maintainer apply done"), auditRows(), "the command is in the audit log with its outcome");
    }

    private String firstCheckRunStatus() throws Exception {
        FakeGitHub.Request create = github.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals(repoPath("/check-runs"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check run was created" + context()));
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(create.body()).path("status").asText();
    }
}
