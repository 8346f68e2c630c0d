package dev.consolidator.webhook;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventDecoderTest {
    private static GitHubEvent decode(String event, String fixture) {
        return EventDecoder.decode(event, Fixtures.text(fixture));
    }

    @Test
    void slash_command_comment_on_a_pull_request_decodes_with_its_body_and_number() {
        IssueCommentEvent e = (IssueCommentEvent) decode("issue_comment", "issue_comment.created.slash-command.json");
        assertEquals("created", e.action());
        assertEquals("chhsia0/knative-route-demo", e.repository().fullName());
        assertEquals(3, e.issueNumber());
        assertThat(e).matches(IssueCommentEvent::isPullRequest, "a comment on a pull request");
        assertEquals(546616131L, e.commentId());
        assertEquals("/build", e.body());
        assertEquals(new Sender("chhsia0", "User"), e.sender());
        assertNull(e.installationId());
    }

    @Test
    void comment_on_a_plain_issue_is_not_a_pull_request_and_carries_the_installation() {
        IssueCommentEvent e = (IssueCommentEvent) decode("issue_comment", "issue_comment.created.on-plain-issue.json");
        assertThat(e).matches(c -> !c.isPullRequest(), "a comment on a plain issue");
        assertEquals(1, e.issueNumber());
        assertEquals(1L, e.installationId());
        assertEquals("Codertocat/Hello-World", e.repository().fullName());
        assertEquals("Codertocat", e.repository().owner());
        assertEquals("Hello-World", e.repository().name());
    }

    @Test
    void merged_and_unmerged_closed_pull_requests_are_told_apart() {
        PullRequestEvent merged = (PullRequestEvent) decode("pull_request", "pull_request.closed.json");
        assertEquals("closed", merged.action());
        assertEquals(117, merged.number());
        assertThat(merged).matches(PullRequestEvent::merged, "merged");
        assertEquals("5a47c3f3c22f54f37a3297f2f1c98d860fba4489", merged.mergeCommitSha());
        assertEquals("issue-111-robvanderleek-patch-1", merged.headRef());
        assertEquals("main", merged.baseRef());
        assertEquals(1301612L, merged.installationId());

        PullRequestEvent notMerged = (PullRequestEvent) decode("pull_request", "pull_request.closed.not-merged.json");
        assertThat(notMerged).matches(pr -> !pr.merged(), "not merged");
        assertEquals(2, notMerged.number());
    }

    @Test
    void opened_pull_request_has_head_and_base() {
        PullRequestEvent e = (PullRequestEvent) decode("pull_request", "pull_request.opened.json");
        assertEquals("opened", e.action());
        assertEquals("Update the README with new information.", e.title());
        assertEquals("ec26c3e57ca3a959ca5aad62de7213c562f8c821", e.headSha());
        assertEquals("changes", e.headRef());
        assertEquals("master", e.baseRef());
    }

    @Test
    void review_state_is_lower_cased_whatever_case_github_sent() {
        PullRequestReviewEvent upper = (PullRequestReviewEvent) decode("pull_request_review", "pull_request_review.submitted.uppercase-APPROVED.json");
        PullRequestReviewEvent lower = (PullRequestReviewEvent) decode("pull_request_review", "pull_request_review.submitted.json");
        assertEquals("approved", upper.state());
        assertEquals("approved", lower.state());
        assertEquals(8, upper.pullRequestNumber());
        assertEquals(2626884L, upper.reviewId());
        assertEquals("baxterthehacker", upper.reviewer());
        assertEquals("b7a1f9c27caa4e03c14a88feb56e2d4f7500aa63", upper.commitId());

        PullRequestReviewEvent commented = (PullRequestReviewEvent) decode("pull_request_review", "pull_request_review.submitted.commented.json");
        assertEquals("commented", commented.state());
        assertEquals(237895671L, commented.reviewId());
    }

    @Test
    void check_run_and_check_suite_decode_with_their_pull_requests() {
        CheckRunEvent run = (CheckRunEvent) decode("check_run", "check_run.created.with-pr.json");
        assertEquals(128620228L, run.checkRunId());
        assertEquals("Octocoders-linter", run.name());
        assertEquals("queued", run.status());
        assertNull(run.conclusion());
        assertEquals(118578147L, run.checkSuiteId());
        assertEquals(List.of(2), run.pullRequests());
        assertEquals(29310L, run.appId());

        CheckRunEvent rerequested = (CheckRunEvent) decode("check_run", "check_run.rerequested.json");
        assertEquals("rerequested", rerequested.action());
        assertEquals("neutral", rerequested.conclusion());

        CheckSuiteEvent suite = (CheckSuiteEvent) decode("check_suite", "check_suite.requested.json");
        assertEquals(118578174L, suite.checkSuiteId());
        assertEquals("master", suite.headBranch());
        assertEquals("f95f852bd8fca8fcc58a9a2d6c842781e32a215e", suite.headSha());
        assertEquals(957387L, suite.installationId());
        assertEquals(29310L, suite.appId(), "to tell our own app's suite from the repository's CI");
    }

    @Test
    void push_of_a_new_branch_and_deletion_of_a_tag() {
        PushEvent branch = (PushEvent) decode("push", "push.branch.json");
        assertEquals("master", branch.branch());
        assertThat(branch).matches(PushEvent::created, "a push that creates its ref");
        assertEquals("6113728f27ae82c7b1a177c8d03f9e96e0adf246", branch.after());
        assertNull(branch.action());

        PushEvent tag = (PushEvent) decode("push", "push.tag-deleted.json");
        assertNull(tag.branch());
        assertThat(tag).matches(PushEvent::deleted, "a push that deletes its ref");
    }

    @Test
    void installation_events_list_their_account_and_repositories() {
        InstallationEvent created = (InstallationEvent) decode("installation", "installation.created.json");
        assertEquals(957387L, created.installationId());
        assertEquals("Codertocat", created.accountLogin());
        assertEquals("User", created.accountType());
        assertEquals(List.of("Codertocat/Hello-World"), created.repositories());

        InstallationEvent deleted = (InstallationEvent) decode("installation", "installation.deleted.json");
        assertEquals("deleted", deleted.action());
        assertEquals(List.of("octocat/Hello-World"), deleted.repositories());

        InstallationRepositoriesEvent added = (InstallationRepositoriesEvent) decode("installation_repositories",
                "installation_repositories.added.synthetic.json");
        assertEquals(List.of("Codertocat/Hello-World"), added.added());
        assertEquals(List.of(), added.removed());
    }

    @Test
    void payload_without_a_needed_field_or_an_unhandled_event_is_rejected() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> EventDecoder.decode("issue_comment", "{\"action\":\"created\",\"issue\":{\"number\":1},"
                        + "\"repository\":{\"full_name\":\"o/r\"},\"sender\":{\"login\":\"u\"}}"));
        assertThat(missing.getMessage()).contains("comment.id");
        assertThrows(IllegalArgumentException.class, () -> EventDecoder.decode("ping", Fixtures.text("ping.json")));
        assertThrows(IllegalArgumentException.class, () -> EventDecoder.decode("push", "not json"));
    }
}
