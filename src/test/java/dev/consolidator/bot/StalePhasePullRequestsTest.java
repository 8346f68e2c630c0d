package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

/**
 * Issue 8, stale phase PRs: every push to the default branch checks the open phase PRs against it. Real push payloads,
 * GitHub played by {@link FakeGitHub}, the repository a real bare git remote.
 */
class StalePhasePullRequestsTest extends BotTestSupport {
    static final String PHASE = PhaseSteps.FIRST;
    static final String BRANCH = PhaseSteps.branch(PHASE);
    static final String NEW_USER = "src/main/java/com/acme/app/LegacyExport.java";
    static final String NEW_USER_TEXT = "package com.acme.app;\n\nimport com.acme.legacy.report.ReportFormat;\n\n"
            + "public final class LegacyExport {\n    ReportFormat format;\n}\n";

    private PhaseSteps steps;
    private PushDeliveries pushes;

    private FakeGitHub.Pull applied() throws Exception {
        steps = new PhaseSteps(bot, new Maintainer(bot.remote));
        pushes = new PushDeliveries(bot);
        return steps.apply();
    }

    /** A maintainer pushes {@code files} to main, and GitHub delivers the push; returns the new main head. */
    private String pushToMain(Map<String, String> files) throws Exception {
        String before = bot.remote.branch("main").orElseThrow();
        String after = bot.remote.pushCommit("main", files, "Change on main: " + files.keySet());
        assertThat(bot.deliveries.deliver(pushes.push("main", before, after))).as(context()).isEqualTo("done");
        return after;
    }

    private void approve(String head) throws Exception {
        assertThat(bot.deliveries.deliver(steps.reviews.review(1, Deliveries.MAINTAINER, "approved", head)))
                .as(context()).isEqualTo("done");
    }

    private List<FakeGitHub.Comment> prComments() {
        return github.comments(1);
    }

    private FakeGitHub.CheckRun newestRunOn(String sha) {
        List<FakeGitHub.CheckRun> runs = github.checkRuns().stream().filter(r -> r.headSha().equals(sha)).toList();
        assertThat(runs).as("check runs on " + sha + context()).isNotEmpty();
        return runs.get(runs.size() - 1);
    }

    @Test
    void a_push_adding_a_new_user_of_a_moved_type_rebuilds_the_phase_on_the_new_head() throws Exception {
        // given an applied and approved phase PR
        start();
        FakeGitHub.Pull pr = applied();
        String oldHead = pr.headSha();
        approve(oldHead);
        assertThat(steps.state(PHASE)).isEqualTo("approved");

        // when main gets a new file that imports a type the phase moves
        String main = pushToMain(Map.of(NEW_USER, NEW_USER_TEXT));

        // then the phase branch is rebuilt on the new main, the new file rewritten
        String newHead = bot.remote.branch(BRANCH).orElseThrow();
        assertThat(newHead).isNotEqualTo(oldHead);
        List<RevCommit> commits = bot.remote.commitsBetween(main, newHead);
        assertThat(commits).hasSize(3);
        assertThat(commits.get(0).getParent(0).name()).as("the head's history starts at the new base").isEqualTo(main);
        assertThat(commits).allSatisfy(c -> assertThat(c.getAuthorIdent().getName()).isEqualTo("consolidator[bot]"));
        Map<String, String> files = bot.remote.files(newHead);
        assertThat(files.get(NEW_USER)).contains("import com.acme.reporting.ReportFormat;")
                .doesNotContain("com.acme.legacy.report");
        // approvals given on the old head do not count for the new one
        assertThat(steps.state(PHASE)).isEqualTo("open");
        assertThat(steps.phase(PHASE).path("approvals").asInt()).isZero();
        assertThat(steps.phase(PHASE).path("baseCommit").asText()).isEqualTo(main);
        assertThatObject(steps.phase(PHASE)).doesNotMatch(p -> p.path("stale").asBoolean(), "stale");
        // one comment saying what changed, the PR body re-rendered, a successful check on the new head
        assertThat(prComments()).hasSize(1);
        String comment = prComments().get(0).body();
        assertThat(comment).contains("Rebuilt phase `" + PHASE + "`", bot.remote.baseCommit.substring(0, 12) + "` → `"
                + main.substring(0, 12), NEW_USER);
        assertThat(requestsMatching("PATCH", repoPath("/pulls/1"))).isEqualTo(1);
        assertThat(github.pulls().get(0).body()).contains(PHASE);
        assertThat(newestRunOn(newHead).conclusion()).isEqualTo("success");
        // every base stays recorded
        JsonNode bases = steps.details(PHASE).path("bases");
        assertThat(bases).hasSize(2);
        assertThat(bases.get(0).path("baseCommit").asText()).isEqualTo(bot.remote.baseCommit);
        assertThat(bases.get(1).path("baseCommit").asText()).isEqualTo(main);
        assertThat(bases.get(1).path("headCommit").asText()).isEqualTo(newHead);
    }

    @Test
    void a_redelivered_push_changes_nothing() throws Exception {
        // given a phase rebuilt after a push
        start();
        applied();
        String before = bot.remote.branch("main").orElseThrow();
        String main = bot.remote.pushCommit("main", Map.of(NEW_USER, NEW_USER_TEXT), "New user");
        Deliveries.Delivery push = pushes.push("main", before, main);
        assertThat(bot.deliveries.deliver(push)).isEqualTo("done");
        String rebuilt = bot.remote.branch(BRANCH).orElseThrow();
        int requests = github.requests().size();
        int runs = github.checkRuns().size();

        // when GitHub delivers the same push again
        assertThat(bot.deliveries.deliver(bot.deliveries.redelivery(push))).isEqualTo("done");

        // then nothing is rebuilt, commented or checked again
        assertThat(bot.remote.branch(BRANCH)).contains(rebuilt);
        assertThat(prComments()).hasSize(1);
        assertThat(github.checkRuns()).hasSize(runs);
        assertThat(github.requests().subList(requests, github.requests().size()))
                .noneMatch(r -> !r.method().equals("GET") && r.path().startsWith(repoPath("")));
    }

    @Test
    void a_push_touching_nothing_the_phase_changes_leaves_the_pr_and_its_approvals_alone() throws Exception {
        start();
        FakeGitHub.Pull pr = applied();
        approve(pr.headSha());
        int runs = github.checkRuns().size();

        pushToMain(Map.of("NOTES.md", "Release notes.\n"));

        assertThat(bot.remote.branch(BRANCH)).contains(pr.headSha());
        assertThat(prComments()).isEmpty();
        assertThat(github.checkRuns()).hasSize(runs);
        assertThat(steps.state(PHASE)).isEqualTo("approved");
        assertThatObject(steps.phase(PHASE)).doesNotMatch(p -> p.path("stale").asBoolean(), "stale");
        assertThat(steps.phase(PHASE).path("baseCommit").asText()).isEqualTo(bot.remote.baseCommit);
    }

    @Test
    void a_stale_pr_with_a_human_commit_is_never_rewritten_and_asks_for_action_once_over_two_pushes() throws Exception {
        // given a phase PR with a maintainer's own commit on it
        start();
        applied();
        String human = humanCommitOnBranch();

        // when main gets a new user of a moved type, then another change
        pushToMain(Map.of(NEW_USER, NEW_USER_TEXT));
        pushToMain(Map.of("NOTES.md", "Release notes.\n"));

        // then the branch is untouched, its check asks for action, and one comment explains recreate
        assertThat(bot.remote.branch(BRANCH)).contains(human);
        FakeGitHub.CheckRun run = newestRunOn(human);
        assertThat(run.conclusion()).isEqualTo("action_required");
        assertThat(run.output().path("summary").asText()).contains(NEW_USER, "/consolidate recreate " + PHASE);
        List<FakeGitHub.Comment> stale = prComments().stream().filter(c -> c.body().contains("is stale")).toList();
        assertThat(stale).hasSize(1);
        assertThat(stale.get(0).body()).contains("/consolidate recreate " + PHASE, "consolidation/" + PHASE + "-previous-",
                human.substring(0, 12));
        assertThatObject(steps.phase(PHASE)).matches(p -> p.path("stale").asBoolean(), "stale");
        assertThat(steps.command("/consolidate status")).contains("open (stale) on `" + bot.remote.baseCommit.substring(0, 12));
    }

    @Test
    void recreate_rebuilds_on_main_and_keeps_the_human_commit_on_a_previous_branch() throws Exception {
        start();
        applied();
        String human = humanCommitOnBranch();
        String main = pushToMain(Map.of(NEW_USER, NEW_USER_TEXT));

        String reply = steps.command("/consolidate recreate " + PHASE);

        String saved = "consolidation/" + PHASE + "-previous-1";
        assertThat(reply).contains("Recreated phase `" + PHASE + "`", "`" + saved + "`", human.substring(0, 12));
        assertThat(bot.remote.branch(saved)).contains(human);
        String newHead = bot.remote.branch(BRANCH).orElseThrow();
        assertThat(bot.remote.commitsBetween(main, newHead)).hasSize(3)
                .allSatisfy(c -> assertThat(c.getAuthorIdent().getName()).isEqualTo("consolidator[bot]"));
        assertThat(bot.remote.files(newHead).get(NEW_USER)).contains("import com.acme.reporting.ReportFormat;");
        assertThatObject(steps.phase(PHASE)).doesNotMatch(p -> p.path("stale").asBoolean(), "stale");
        assertThat(newestRunOn(newHead).conclusion()).isEqualTo("success");
    }

    @Test
    void a_lease_lost_mid_job_overwrites_nothing_and_the_job_runs_again_on_what_the_branch_now_holds() throws Exception {
        // given an applied phase, and main with a new user of a moved type
        github.shortLivedTokens();
        start();
        applied();
        String before = bot.remote.branch("main").orElseThrow();
        String main = bot.remote.pushCommit("main", Map.of(NEW_USER, NEW_USER_TEXT), "New user");
        // the job asks for a token to clone, then for one to push: a maintainer pushes to the phase branch in between
        String[] theirs = new String[1];
        github.onTokenRequest(1, () -> {
            try {
                theirs[0] = bot.remote.pushCommit(BRANCH, Map.of("docs/reporting.md", "Moved.\n"),
                        "Document the move");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        // when the push to main is delivered
        assertThat(bot.deliveries.deliver(pushes.push("main", before, main))).as(context()).isEqualTo("done");

        // then the maintainer's commit is still the branch head, nothing was rebuilt, and the retried job asks for action
        assertThat(theirs[0]).as("the maintainer pushed mid-job" + context()).isNotNull();
        assertThat(bot.remote.branch(BRANCH)).contains(theirs[0]);
        assertThat(prComments()).noneMatch(c -> c.body().contains("Rebuilt"));
        assertThat(prComments()).filteredOn(c -> c.body().contains("is stale")).hasSize(1);
        assertThat(newestRunOn(theirs[0]).conclusion()).isEqualTo("action_required");
        assertThat(steps.details(PHASE).path("bases")).hasSize(1);
    }

    @Test
    void a_burst_of_pushes_is_checked_once_on_the_newest_head() throws Exception {
        // given two pushes to main that land before the bot handles the first
        start();
        applied();
        String start = bot.remote.branch("main").orElseThrow();
        String first = bot.remote.pushCommit("main", Map.of(NEW_USER, NEW_USER_TEXT), "New user");
        String second = bot.remote.pushCommit("main", Map.of("NOTES.md", "Release notes.\n"), "Notes");

        // when both pushes are delivered
        assertThat(bot.deliveries.deliver(pushes.push("main", start, first))).isEqualTo("done");
        String rebuilt = bot.remote.branch(BRANCH).orElseThrow();
        assertThat(bot.deliveries.deliver(pushes.push("main", first, second))).isEqualTo("done");

        // then the phase was rebuilt once, on the newest head
        assertThat(bot.remote.branch(BRANCH)).contains(rebuilt);
        assertThat(bot.remote.commitsBetween(second, rebuilt)).hasSize(3);
        assertThat(prComments()).hasSize(1);
        assertThat(steps.details(PHASE).path("bases")).hasSize(2);
        assertThat(steps.phase(PHASE).path("baseCommit").asText()).isEqualTo(second);
    }

    @Test
    void the_check_is_verified_on_the_merge_with_main_so_a_stale_phase_is_never_a_success() throws Exception {
        // given main with a new user of a moved type whose push the bot has not handled yet
        start();
        applied();
        bot.remote.pushCommit("main", Map.of(NEW_USER, NEW_USER_TEXT), "New user");

        // when a maintainer pushes a harmless commit to the phase PR
        String human = humanCommitOnBranch();

        // then its check fails at the new user's import, which the branch alone does not have
        FakeGitHub.CheckRun run = newestRunOn(human);
        assertThat(run.conclusion()).isEqualTo("failure");
        assertThat(run.annotations()).anySatisfy(a -> {
            assertThat(a.path("path").asText()).isEqualTo(NEW_USER);
            assertThat(a.path("start_line").asInt()).isEqualTo(3);
        });
        assertThat(bot.remote.files(human)).doesNotContainKey(NEW_USER);
    }

    @Test
    void a_push_to_another_branch_checks_nothing() throws Exception {
        start();
        FakeGitHub.Pull pr = applied();
        String before = bot.remote.branch("main").orElseThrow();
        bot.remote.pushCommit("main", Map.of(NEW_USER, NEW_USER_TEXT), "New user");
        int requests = github.requests().size();

        assertThat(bot.deliveries.deliver(pushes.push("feature/export", before, before))).isEqualTo("done");

        assertThat(bot.remote.branch(BRANCH)).contains(pr.headSha());
        assertThat(github.requests()).hasSize(requests);
    }

    @Test
    void recreate_needs_write_access() throws Exception {
        start();
        applied();
        github.permission("visitor", "read");
        String head = bot.remote.branch(BRANCH).orElseThrow();

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate recreate " + PHASE, "visitor", "User",
                1_999_000_001L))).isEqualTo("done");

        assertThat(steps.lastReply()).contains("needs write access");
        assertThat(bot.remote.branch(BRANCH)).contains(head);
    }

    @Test
    void in_token_mode_a_stale_pr_with_a_human_commit_gets_a_failed_commit_status() throws Exception {
        start(BotHarness.Builder::tokenMode);
        applied();
        String human = humanCommitOnBranch();

        pushToMain(Map.of(NEW_USER, NEW_USER_TEXT));

        List<FakeGitHub.Status> onHead = github.statuses().stream().filter(s -> s.sha().equals(human)).toList();
        assertThat(onHead).isNotEmpty();
        FakeGitHub.Status last = onHead.get(onHead.size() - 1);
        assertThat(last.context()).isEqualTo("consolidation");
        assertThat(last.state()).isEqualTo("failure");
        assertThat(last.description()).contains("Stale", "/consolidate recreate " + PHASE);
        assertThat(github.checkRuns()).isEmpty();
    }

    @Test
    void in_token_mode_a_rebuilt_phase_reports_a_successful_status_on_the_new_head() throws Exception {
        start(BotHarness.Builder::tokenMode);
        applied();

        pushToMain(Map.of(NEW_USER, NEW_USER_TEXT));

        String newHead = bot.remote.branch(BRANCH).orElseThrow();
        List<FakeGitHub.Status> onHead = github.statuses().stream().filter(s -> s.sha().equals(newHead)).toList();
        assertThat(onHead).isNotEmpty();
        assertThat(onHead.get(onHead.size() - 1).state()).isEqualTo("success");
        assertThat(prComments()).hasSize(1);
    }

    /** A maintainer's commit on the phase branch, delivered as the PR's synchronize event; returns it. */
    private String humanCommitOnBranch() throws Exception {
        String sha = bot.remote.pushCommit(BRANCH, Map.of("docs/reporting.md", "Reporting moved.\n"),
                "Document the move");
        assertThat(bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", 1, BRANCH, sha, false, null)))
                .as(context()).isEqualTo("done");
        return sha;
    }
}
