package dev.consolidator.bot;

import dev.consolidator.store.RepoLock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** At-least-once delivery and a flaky GitHub never open a second branch, PR or reply. */
class DeliveryRobustnessTest extends BotTestSupport {
    static final String PHASE_BRANCH = "consolidation/reporting-package";
    static final Set<String> PHASE_BRANCHES = Set.of("main", "consolidation/backup/reporting-package", PHASE_BRANCH);

    @Test
    void the_same_delivery_twice_opens_one_pull_request_and_replies_once() throws Exception {
        start();
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate apply");

        assertEquals(202, bot.deliveries.post(command));
        assertEquals(200, bot.deliveries.post(command), "GitHub's redelivery of the same GUID is a duplicate");
        assertEquals("done", bot.deliveries.awaitSettled(command.id(), Duration.ofSeconds(30)), context());

        assertOnePhaseOpenedAndAnsweredOnce();
    }

    @Test
    void the_same_comment_in_two_deliveries_one_after_the_other_opens_one_pull_request_and_replies_once() throws Exception {
        start();
        Deliveries.Delivery first = bot.deliveries.comment("/consolidate apply");
        assertEquals("done", bot.deliveries.deliver(first), context());
        int requestsAfterFirst = github.requests().size();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.redelivery(first)), context());

        assertOnePhaseOpenedAndAnsweredOnce();
        assertThat(github.requests()).as("the comment was already answered: no request" + context())
                .hasSize(requestsAfterFirst);
    }

    @Test
    void the_same_comment_in_two_deliveries_at_once_opens_one_pull_request_and_replies_once() throws Exception {
        start();
        Deliveries.Delivery first = bot.deliveries.comment("/consolidate apply");
        Deliveries.Delivery second = bot.deliveries.redelivery(first);

        assertEquals(202, bot.deliveries.post(first));
        assertEquals(202, bot.deliveries.post(second));
        assertEquals("done", bot.deliveries.awaitSettled(first.id(), Duration.ofSeconds(30)), context());
        assertEquals("done", bot.deliveries.awaitSettled(second.id(), Duration.ofSeconds(30)), context());

        assertOnePhaseOpenedAndAnsweredOnce();
    }

    @Test
    void two_apply_comments_at_once_open_one_pull_request_and_both_replies_link_it() throws Exception {
        start();
        Deliveries.Delivery first = bot.deliveries.comment("/consolidate apply");
        Deliveries.Delivery second = bot.deliveries.comment("/consolidate apply reporting-package");

        assertEquals(202, bot.deliveries.post(first));
        assertEquals(202, bot.deliveries.post(second));
        assertEquals("done", bot.deliveries.awaitSettled(first.id(), Duration.ofSeconds(30)), context());
        assertEquals("done", bot.deliveries.awaitSettled(second.id(), Duration.ofSeconds(30)), context());

        assertThat(github.pulls()).as("one pull request for the phase" + context()).hasSize(1);
        assertEquals(1, requestsMatching("POST", repoPath("/pulls")), context());
        List<String> outcomes = github.comments(Deliveries.ISSUE).stream().map(FakeGitHub.Comment::body)
                .filter(b -> !b.contains(":queued -->")).toList();
        assertThat(outcomes).as("one outcome per command" + context()).hasSize(2);
        outcomes.forEach(b -> assertThat(b).as("links the PR:\n" + b).containsAnyOf(github.pullUrl(1), "#1"));
        assertEquals(PHASE_BRANCHES, remoteBranches());
    }

    @Test
    void github_answering_502_then_201_on_pull_request_creation_retries_the_job_and_opens_one_pull_request() throws Exception {
        start();
        github.answerOnce("POST", repoPath("/pulls"), GitHubAnswers.badGateway());

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        assertEquals(2, requestsMatching("POST", repoPath("/pulls")), "502, then the retried job's 201" + context());
        assertOnePhaseOpenedAndAnsweredOnce();
    }

    @Test
    void a_rate_limited_answer_is_retried_and_the_phase_opens_once() throws Exception {
        start();
        github.answerOnce("GET", repoPath("/collaborators/" + Deliveries.MAINTAINER + "/permission"),
                // a reset within the second: the retry, not the wait, is what this test is about (the next one waits)
                GitHubAnswers.rateLimit(Instant.now()));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        assertEquals(2, requestsMatching("GET", repoPath("/collaborators/" + Deliveries.MAINTAINER + "/permission")),
                "403 rate limited, then asked again" + context());
        assertOnePhaseOpenedAndAnsweredOnce();
    }

    @Test
    void a_rate_limit_is_waited_out_without_blocking_the_worker_or_spending_the_retries() throws Exception {
        start(b -> b.env("CONSOLIDATOR_WORKER_THREADS", "1"));
        Instant reset = Instant.now().plusSeconds(4);
        github.rateLimitedUntil(reset);
        Deliveries.Delivery apply = bot.deliveries.comment("/consolidate apply");

        assertEquals(202, bot.deliveries.post(apply));
        awaitFirstRateLimitedAnswer();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("LGTM, thanks!")),
                "another delivery runs on the only worker thread while the apply waits for the reset");
        assumeTrue(Instant.now().isBefore(reset), "the machine was too slow to see the wait");
        assertEquals("queued", bot.deliveries.status(apply.id()), "the apply waits for its retry" + context());

        assertEquals("done", bot.deliveries.awaitSettled(apply.id(), Duration.ofSeconds(30)),
                "the apply runs once the limit is reset (GitHub's X-RateLimit-Reset), not before: retrying during the"
                        + " window spends every attempt on 403s" + context());
        long limited = github.requests().stream().filter(r -> r.status() == 403).count();
        assertThat(limited).as("requests answered 403: more means the job retried before the reset" + context()).isLessThanOrEqualTo(2);
        assertOnePhaseOpenedAndAnsweredOnce();
    }

    @Test
    void a_command_that_arrives_while_another_operation_holds_the_repository_says_it_is_queued_and_runs_after() throws Exception {
        start();
        RepoLock lock = new RepoLock(bot.db.dataSource(), Clock.systemUTC());
        assertThat(lock.tryAcquire("acme/acme-batch", "another-replica", Duration.ofMinutes(5)))
                .as("another-replica takes the free lock on acme/acme-batch").isTrue();
        Deliveries.Delivery apply = bot.deliveries.comment("/consolidate apply");

        assertEquals(202, bot.deliveries.post(apply));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(github.comments(Deliveries.ISSUE)).as("the bot says the command is queued" + context())
                        .anyMatch(c -> c.body().contains("queued")));
        assertEquals("queued", bot.deliveries.status(apply.id()), "it waits for the lock");
        assertEquals(Set.of("main"), remoteBranches(), "nothing pushed while another operation runs");
        lock.release("acme/acme-batch", "another-replica");

        assertEquals("done", bot.deliveries.awaitSettled(apply.id(), Duration.ofSeconds(30)), context());
        assertThat(github.pulls()).as(context()).hasSize(1);
        assertThat(github.comments(Deliveries.ISSUE))
                .as("one comment, one reply: the notice became the outcome" + context()).hasSize(1);
        FakeGitHub.Comment outcome = github.comments(Deliveries.ISSUE).get(0);
        assertThat(outcome.body()).as("then the outcome with the PR link" + context()).contains(github.pullUrl(1));
        assertThat(outcome.body()).as("the notice is replaced, not kept" + context()).doesNotContain("queued");
    }

    private void awaitFirstRateLimitedAnswer() {
        await("the apply reached GitHub").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> github.requests().stream().anyMatch(r -> r.status() == 403));
    }

    private void assertOnePhaseOpenedAndAnsweredOnce() throws Exception {
        assertThat(github.pulls()).as("one pull request" + context()).hasSize(1);
        assertEquals(PHASE_BRANCH, github.pulls().get(0).head());
        assertThat(onlyReply()).as("the one reply links the PR" + context()).contains(github.pullUrl(1));
        assertEquals(PHASE_BRANCHES, remoteBranches(), "no second phase branch");
        assertThat(github.checkRuns()).as("one check run" + context()).hasSize(1);
        assertEquals("success", github.checkRuns().get(0).conclusion());
    }
}
