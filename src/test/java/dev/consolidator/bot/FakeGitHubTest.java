package dev.consolidator.bot;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.consolidator.github.CheckRunRequest;
import dev.consolidator.github.CheckRunResult;
import dev.consolidator.github.Comment;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.GitHubException;
import dev.consolidator.github.CommitStatus;
import dev.consolidator.github.GitHubClientFactory;
import dev.consolidator.github.NewPullRequest;
import dev.consolidator.github.Permission;
import dev.consolidator.github.PullRequest;
import dev.consolidator.github.Reaction;
import dev.consolidator.github.RepoRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The harness's fake GitHub answers the real client the way GitHub does, state included. */
class FakeGitHubTest {
    private static final RepoRef REPO = new RepoRef("acme", "acme-batch");
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    final FakeGitHub fake = new FakeGitHub("acme", "acme-batch");
    @RegisterExtension
    final WireMockExtension wm = FakeGitHub.extension(fake);
    GitHubClient github;

    @BeforeEach
    void setUp() {
        Map<String, String> branches = Map.of("main", "f".repeat(40), "consolidation/p1", SHA);
        fake.install(wm, b -> Optional.ofNullable(branches.get(b)));
        github = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.systemUTC()).forToken();
    }

    @Test
    void a_pull_request_is_not_listed_before_it_is_opened_and_is_listed_after() {
        assertEquals(Optional.empty(), github.findPullRequestByHead(REPO, "consolidation/p1", false));

        PullRequest opened = github.createPullRequest(REPO, new NewPullRequest("Consolidation p1: T", "consolidation/p1", "main", "body"));

        assertEquals(1, opened.number());
        assertEquals(SHA, opened.headSha());
        assertEquals("https://github.com/acme/acme-batch/pull/1", opened.htmlUrl());
        assertEquals(opened, github.findPullRequestByHead(REPO, "consolidation/p1", false).orElseThrow());
        assertEquals(opened, github.createPullRequest(REPO, new NewPullRequest("again", "consolidation/p1", "main", "b")),
                "a second PR from the same head is GitHub's 422 'already exists', which the client turns into the first");
        assertThat(fake.pulls()).hasSize(1);
    }

    @Test
    void a_pull_request_from_a_branch_that_was_not_pushed_is_refused() {
        assertThrows(RuntimeException.class,
                () -> github.createPullRequest(REPO, new NewPullRequest("t", "consolidation/nope", "main", "b")));
        assertEquals(List.of(), fake.pulls());
    }

    @Test
    void a_reply_posted_once_is_found_by_its_marker() {
        Comment first = github.commentOnce(REPO, 7, "<!-- consolidator:reply:1 -->", "hello");
        Comment second = github.commentOnce(REPO, 7, "<!-- consolidator:reply:1 -->", "hello");

        assertEquals(first.id(), second.id());
        assertThat(fake.comments(7)).hasSize(1);
        assertEquals("<!-- consolidator:reply:1 -->\nhello", fake.comments(7).get(0).body());
    }

    @Test
    void a_personal_token_is_refused_the_checks_api_as_on_github_and_sets_commit_statuses_instead() {
        GitHubException refused = assertThrows(GitHubException.class,
                () -> github.createCheckRun(REPO, new CheckRunRequest("consolidation", SHA, null, null)));
        assertEquals(403, refused.status());
        assertThat(refused.getMessage()).contains("You must authenticate via a GitHub App");
        assertThat(github.reportsCheckRuns()).as("a client with a personal token reports check runs").isFalse();

        github.setCommitStatus(REPO, SHA, new CommitStatus(CommitStatus.State.FAILURE, "consolidation", "2 problem(s)",
                "https://github.com/acme/acme-batch/pull/1#issuecomment-5"));

        assertEquals(List.of(new FakeGitHub.Status(SHA, "failure", "consolidation", "2 problem(s)",
                "https://github.com/acme/acme-batch/pull/1#issuecomment-5")), fake.statuses());
        assertEquals(List.of(), fake.checkRuns());
    }

    @Test
    void reactions_permissions_and_check_runs_round_trip() {
        long eyes = github.addReaction(REPO, 42, Reaction.EYES);
        assertEquals(eyes, github.addReaction(REPO, 42, Reaction.EYES), "GitHub answers 200 with the same reaction");
        github.removeReaction(REPO, 42, eyes);
        fake.permission("reader", "read");
        assertEquals(Permission.READ, github.permission(REPO, "reader"));
        assertThat(github.permission(REPO, "maintainer")).matches(Permission::canWrite, "a permission that can write");

        GitHubClient app = GitHubClientFactory.withToken(wm.baseUrl(), FakeGitHub.INSTALLATION_TOKEN, Clock.systemUTC()).forToken();
        long run = app.createCheckRun(REPO, new CheckRunRequest("consolidation", SHA, null, "phase:p1"));
        app.completeCheckRun(REPO, run, new CheckRunResult(CheckRunResult.Conclusion.SUCCESS, "ok", "all in place", null, List.of()));

        FakeGitHub.CheckRun stored = fake.checkRuns().get(0);
        assertEquals("completed", stored.status());
        assertEquals("success", stored.conclusion());
        assertEquals("completed", github.findCheckRun(REPO, SHA, "consolidation").orElseThrow().status());
        assertThat(fake.reactions().get(0)).matches(FakeGitHub.Reaction::deleted, "deleted");
    }
}
