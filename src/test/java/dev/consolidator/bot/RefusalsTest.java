package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every `/consolidate apply` the bot must refuse: a reply that says why and what to do, and nothing pushed or opened. */
class RefusalsTest extends BotTestSupport {

    @Test
    void an_invalid_plan_is_refused_with_its_problems_quoted_at_file_and_line() throws Exception {
        start(b -> b.plan("invalid.yml"));
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate apply");

        assertEquals("done", bot.deliveries.deliver(command), context());

        String reply = onlyReply();
        assertThat(reply).as("the problem is quoted at the plan's file and line:\n" + reply)
                .contains(".github/consolidation.yml:13");
        assertThat(reply).as("and says what is missing:\n" + reply).contains("`to`");
        assertNothingPushedOrOpened();
        assertEquals(List.of("confused"), reactionsOn(command.commentId()), context());
    }

    @Test
    void a_phase_whose_earlier_phases_are_not_merged_is_refused() throws Exception {
        start();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply progress-stats")), context());

        String reply = onlyReply();
        assertThat(reply).as("the reply names the earlier phase that is not merged:\n" + reply)
                .contains("reporting-package", "not merged");
        assertNothingPushedOrOpened();
    }

    @Test
    void a_phase_whose_dry_run_has_problems_is_refused_with_the_problems() throws Exception {
        start(b -> b.plan("missing-type.yml"));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        String reply = onlyReply();
        assertThat(reply).as("the reply shows the problem:\n" + reply).contains("ProgressGhost", "nothing was pushed");
        assertNothingPushedOrOpened();
    }

    @Test
    void a_phase_that_would_have_to_rewrite_a_file_that_is_not_utf8_is_refused_naming_it() throws Exception {
        start();
        String path = "src/main/java/com/acme/app/LegacyExport.java";
        bot.remote.pushBytes("main", Map.of(path, ("package com.acme.app;\n\n"
                + "import com.acme.legacy.report.ReportFormat;\n\n/** Export f\u00fcr alte Berichte. */\n"
                + "public final class LegacyExport {\n    ReportFormat format;\n}\n").getBytes(StandardCharsets.ISO_8859_1)),
                "An ISO-8859-1 source");

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        String reply = onlyReply();
        assertThat(reply).contains(path + " is not UTF-8", "nothing was pushed");
        assertNothingPushedOrOpened();
    }

    @Test
    void a_phase_that_already_has_an_open_pull_request_is_refused_with_a_link_to_it() throws Exception {
        start();
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        assertThat(github.pulls()).as(context()).hasSize(1);

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply reporting-package")), context());

        List<FakeGitHub.Comment> replies = github.comments(Deliveries.ISSUE);
        assertThat(replies).as("one reply per command" + context()).hasSize(2);
        String second = replies.get(1).body();
        assertThat(second).as("the refusal links the open PR:\n" + second).containsAnyOf("#1", github.pullUrl(1));
        assertThat(github.pulls()).as("never a second PR for the phase").hasSize(1);
        assertEquals(1, requestsMatching("POST", repoPath("/pulls")), "not even an attempt" + context());
    }

    @Test
    void a_read_only_user_is_told_that_apply_needs_write_access_and_nothing_is_pushed() throws Exception {
        start();
        github.permission("reader", "read");
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate apply", "reader", "User", 1_800_000_001L);

        assertEquals("done", bot.deliveries.deliver(command), context());

        String reply = onlyReply();
        assertThat(reply.toLowerCase()).as("the reply says write access is needed:\n" + reply).contains("write access");
        assertEquals(1, requestsMatching("GET", repoPath("/collaborators/reader/permission")), context());
        assertNothingPushedOrOpened();
        assertThat(github.checkRuns()).isEmpty();
        assertEquals(List.of("reader apply denied"), auditRows(), "the refusal is audited");
    }

    @Test
    void a_user_with_the_triage_role_may_not_apply() throws Exception {
        start();
        github.permission("triager", "triage");

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply", "triager", "User", 1_800_000_003L)),
                context());

        assertThat(onlyReply().toLowerCase()).as(onlyReply()).contains("write access");
        assertNothingPushedOrOpened();
    }

    @Test
    void a_file_clone_url_is_refused_unless_insecure_git_is_allowed() throws Exception {
        start(b -> b.env("CONSOLIDATOR_ALLOW_INSECURE_GIT", "false"));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        String reply = onlyReply();
        assertThat(reply).as("the reply says why").satisfiesAnyOf(
                r -> assertThat(r).contains("file:"),
                r -> assertThat(r.toLowerCase()).contains("insecure"));
        assertNothingPushedOrOpened();
    }

    @Test
    void a_bot_sender_gets_no_answer_at_all() throws Exception {
        start();
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate apply", "dependabot[bot]", "Bot", 1_800_000_002L);

        assertEquals("done", bot.deliveries.deliver(command), context());

        assertEquals(List.of(), github.requests(), "no request to GitHub" + context());
        assertEquals(Set.of("main"), remoteBranches());
    }

    @Test
    void a_comment_edited_into_a_command_is_ignored() throws Exception {
        start();
        Deliveries.Delivery original = bot.deliveries.comment("Shall we start?");
        assertEquals("done", bot.deliveries.deliver(original), context());

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.edited(original, "/consolidate apply")), context());

        assertEquals(List.of(), github.requests(), "edits are not commands: no request to GitHub" + context());
        assertEquals(Set.of("main"), remoteBranches());
    }

    @Test
    void a_command_inside_a_code_block_is_ignored() throws Exception {
        start();
        String comment = "To open the next phase, a maintainer comments:\n\n```\n/consolidate apply\n```\n\n"
                + "> /consolidate apply\n\nbut not yet.";

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment(comment)), context());

        assertEquals(List.of(), github.requests(), "no request to GitHub" + context());
        assertEquals(Set.of("main"), remoteBranches());
    }

    private void assertNothingPushedOrOpened() throws Exception {
        assertEquals(Set.of("main"), remoteBranches(), "no branch pushed");
        assertEquals(List.of(), github.pulls(), "no pull request");
        assertEquals(0, requestsMatching("POST", repoPath("/pulls")), context());
    }
}
