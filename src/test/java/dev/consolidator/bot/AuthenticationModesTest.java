package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The two ways the bot talks to GitHub. As a GitHub App installation it reports check runs; on a personal token
 * (plain repository webhooks) GitHub refuses the checks API, so the verdict is a commit status of the same name and
 * the problems go in a PR comment the status links to.
 */
class AuthenticationModesTest extends BotTestSupport {
    static final String BRANCH = "consolidation/reporting-package";
    static final String STALE_FILE = "src/main/java/com/acme/app/LegacyExport.java";

    /** Over HTTP: the app's JWT and installation tokens, and token mode, through the real client. */
    @Override
    boolean overHttp() {
        return true;
    }

    @Test
    void as_an_app_installation_the_bot_fetches_one_installation_token_and_reports_a_check_run() throws Exception {
        start();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate status")), context());

        assertEquals(1, requestsMatching("POST", "/app/installations/" + BotHarness.INSTALLATION_ID + "/access_tokens"),
                "one token, cached for the next job" + context());
        assertThat(github.checkRuns()).as(context()).hasSize(1);
        assertEquals("success", github.checkRuns().get(0).conclusion());
        assertEquals(List.of(), github.statuses());
    }

    @Test
    void on_a_personal_token_the_verdict_is_a_commit_status_and_the_problems_a_comment_it_links_to() throws Exception {
        // given the bot in token mode: plain repository webhooks, and GitHub refusing the checks API to the token
        start(BotHarness.Builder::tokenMode);

        // when a phase is applied
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        // then its head gets a pending, then a successful status, and no check run
        String head = bot.remote.branch(BRANCH).orElseThrow();
        assertEquals(List.of(), github.checkRuns(), context());
        List<FakeGitHub.Status> onHead = statusesOn(head);
        assertEquals(List.of("pending", "success"), onHead.stream().map(FakeGitHub.Status::state).toList(), context());
        assertEquals("consolidation", onHead.get(1).context());
        assertEquals("In place: 3/3 steps · approved 0/1", onHead.get(1).description());
        assertEquals(0, requestsMatching("POST", "/app/installations/" + BotHarness.INSTALLATION_ID + "/access_tokens"));

        // when someone pushes a commit that still uses a moved type
        String pushed = bot.remote.pushCommit(BRANCH, Map.of(STALE_FILE,
                "package com.acme.app;\n\nimport com.acme.legacy.report.ReportFormat;\n\n"
                        + "public final class LegacyExport {\n    ReportFormat format;\n}\n"), "Add the legacy export");
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", 1, BRANCH, pushed, false, null)),
                context());

        // then the status fails and links to a comment that names the file and line
        FakeGitHub.Status failed = last(statusesOn(pushed));
        assertEquals("failure", failed.state(), context());
        assertEquals("1 problem, listed in a comment · approved 0/1", failed.description());
        List<FakeGitHub.Comment> problems = github.comments(1).stream().filter(c -> c.body().contains("`consolidation` failed"))
                .toList();
        assertThat(problems).as(context()).hasSize(1);
        assertThat(problems.get(0).body()).contains("`" + STALE_FILE + ":3`", "com.acme.legacy.report.ReportFormat");
        assertEquals(github.commentUrl(problems.get(0)), failed.targetUrl());

        // when a maintainer approves the pushed head
        assertEquals("done", bot.deliveries.deliver(ReviewDeliveries.of(bot).review(1, Deliveries.MAINTAINER, "approved", pushed)),
                context());

        // then the status says so, still failed and linked, without a second problems comment
        FakeGitHub.Status approved = last(statusesOn(pushed));
        assertEquals("failure", approved.state());
        assertEquals("1 problem, listed in a comment · approved 1/1", approved.description());
        assertEquals(failed.targetUrl(), approved.targetUrl());
        assertEquals(1, github.comments(1).stream().filter(c -> c.body().contains("`consolidation` failed")).count());
        assertEquals(List.of(), github.checkRuns());
    }

    private List<FakeGitHub.Status> statusesOn(String sha) {
        return github.statuses().stream().filter(s -> s.sha().equals(sha)).toList();
    }

    private static FakeGitHub.Status last(List<FakeGitHub.Status> statuses) {
        assertThat(statuses).as("statuses").isNotEmpty();
        return statuses.get(statuses.size() - 1);
    }
}
