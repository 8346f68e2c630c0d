package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** help, plan and status only reply: anyone who can comment may run them, and nothing is pushed or opened. */
class ReplyCommandsTest extends BotTestSupport {

    @Test
    void help_replies_with_every_command_and_asks_nobody_for_permission() throws Exception {
        start();
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate help");

        assertEquals("done", bot.deliveries.deliver(command), context());

        String reply = onlyReply();
        for (String verb : List.of("help", "plan", "apply", "status", "rollback")) {
            assertThat(reply).as("help lists " + verb + ":\n" + reply).contains("/consolidate " + verb);
        }
        assertEquals(List.of("rocket"), reactionsOn(command.commentId()), context());
        assertThat(github.requests()).as(context()).noneMatch(r -> r.path().contains("/permission"));
        assertNothingPushedOrOpened();
    }

    @Test
    void plan_replies_with_the_dry_run_of_every_phase_and_pushes_nothing_even_for_a_read_only_user() throws Exception {
        start();
        github.permission("reader", "read");

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate plan", "reader", "User", 1_700_000_001L)),
                context());

        String reply = onlyReply();
        assertThat(reply).as("both phases:\n" + reply).contains("reporting-package", "progress-stats");
        assertThat(reply).as("the files moved:\n" + reply)
                .contains("src/main/java/com/acme/reporting/ReportGenerator.java");
        assertThat(reply).contains("com.acme.progress.ProgressStats");
        assertThat(reply).as("Java files before and after:\n" + reply).contains("29 → 28");
        assertNothingPushedOrOpened();
    }

    @Test
    void status_replies_with_every_phase_pending_and_then_with_the_open_pull_request() throws Exception {
        start();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate status")), context());
        String before = onlyReply();
        assertThat(before).contains("`reporting-package`", "`progress-stats`");
        assertThat(before).contains("pending");

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());
        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate status")), context());

        List<FakeGitHub.Comment> replies = github.comments(Deliveries.ISSUE);
        assertThat(replies).as(context()).hasSize(3);
        String after = replies.get(2).body();
        String row = after.lines().filter(l -> l.contains("`reporting-package`")).findFirst().orElseThrow(() -> new AssertionError(after));
        assertThat(row).as("the applied phase is open with its PR:\n" + after)
                .contains("open").containsAnyOf("#1", github.pullUrl(1));
    }

    @Test
    void two_commands_on_two_lines_get_one_reply_that_runs_the_first_and_names_the_other() throws Exception {
        start();

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate help\n/consolidate status")), context());

        String reply = onlyReply();
        assertThat(reply).as("help, the first:\n" + reply).contains("/consolidate rollback");
        assertThat(reply).as("status is named, not run:\n" + reply).contains("1 more `/consolidate` line")
                .doesNotContain("`reporting-package`");
    }

    @Test
    void a_command_that_is_not_understood_gets_the_help() throws Exception {
        start();
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate frobnicate");

        assertEquals("done", bot.deliveries.deliver(command), context());

        String reply = onlyReply();
        assertThat(reply).as("what was not understood, and the help:\n" + reply)
                .contains("frobnicate", "/consolidate apply");
        assertNothingPushedOrOpened();
    }

    private void assertNothingPushedOrOpened() throws Exception {
        assertEquals(Set.of("main"), remoteBranches(), "no branch pushed");
        assertEquals(List.of(), github.pulls(), "no pull request");
        assertEquals(List.of(), github.checkRuns(), "no check run");
    }
}
