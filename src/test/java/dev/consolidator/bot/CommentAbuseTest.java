package dev.consolidator.bot;

import dev.consolidator.command.CloneLimitsBudget;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What careless or hostile comments get: one reply per comment, a budget of clones, inert echoes, an audit entry. */
class CommentAbuseTest extends BotTestSupport {

    @Test
    void three_hundred_help_lines_from_a_stranger_get_one_reply_and_a_handful_of_calls() throws Exception {
        start();
        github.permission("stranger", "none");
        String body = "/consolidate help\n".repeat(300);

        assertThat(bot.deliveries.deliver(bot.deliveries.comment(body, "stranger", "User", 1_700_000_100L)))
                .isEqualTo("done");

        String reply = onlyReply();
        assertThat(reply).contains("/consolidate rollback").contains("299 more `/consolidate` lines");
        assertThat(github.requests()).as("GitHub calls for one comment").hasSizeLessThan(10);
    }

    @Test
    void plan_comments_beyond_the_per_user_budget_get_one_slow_down_reply_and_no_clone() throws Exception {
        start();
        github.permission("reader", "read");
        int comments = CloneLimitsBudget.PER_USER + 4;

        for (int i = 0; i < comments; i++) {
            assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate plan", "reader", "User",
                    1_700_000_200L + i))).isEqualTo("done");
        }

        List<FakeGitHub.Comment> replies = github.comments(Deliveries.ISSUE);
        long dryRuns = replies.stream().filter(c -> c.body().contains("Dry run of the plan")).count();
        long slowDowns = replies.stream().filter(c -> c.body().contains("slow down")).count();
        assertThat(dryRuns).as(context()).isEqualTo(CloneLimitsBudget.PER_USER);
        assertThat(slowDowns).as("one slow-down reply, not one per comment: " + replies).isEqualTo(1);
        assertThat(replies).hasSize(CloneLimitsBudget.PER_USER + 1);
        for (long id = 1_700_000_200L + CloneLimitsBudget.PER_USER + 1; id < 1_700_000_200L + comments; id++) {
            assertThat(reactionsOn(id)).as("a refused comment beyond the first still gets an answer").containsExactly("confused");
        }
        assertThat(auditRows()).filteredOn(r -> r.equals("reader plan refused")).hasSize(comments - CloneLimitsBudget.PER_USER);
    }

    @Test
    void apply_with_sixty_thousand_letters_from_a_reader_is_refused_replied_and_audited() throws Exception {
        start();
        github.permission("reader", "read");
        String huge = "a".repeat(60_000);

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply " + huge, "reader", "User",
                1_700_000_300L))).isEqualTo("done");

        String reply = onlyReply();
        assertThat(reply).contains("is not a phase id").contains("at most 64 characters");
        assertThat(reply.length()).as("the argument is not echoed in full").isLessThan(3_000);
        assertThat(auditRows()).containsExactly("reader unknown refused");
        try (Connection c = bot.db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT arguments FROM audit_log")) {
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a row in audit_log").isTrue();
                assertThat(rs.getString(1)).startsWith("/consolidate apply aaaa").endsWith("(60019 characters)")
                        .hasSizeLessThanOrEqualTo(1000);
            }
        }
    }

    @Test
    void a_mention_in_the_argument_is_echoed_inside_a_code_span_and_pings_nobody() throws Exception {
        start();

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply @someone"))).isEqualTo("done");
        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate frob`@other`"))).isEqualTo("done");

        List<FakeGitHub.Comment> replies = github.comments(Deliveries.ISSUE);
        assertThat(replies).hasSize(2);
        for (FakeGitHub.Comment reply : replies) {
            assertThat(MarkdownOutsideCode.of(reply.body())).doesNotContain("@someone").doesNotContain("@other");
        }
        assertThat(replies.get(0).body()).contains("`/consolidate apply @someone`");
        assertThat(replies.get(1).body()).contains("> `` /consolidate frob`@other` ``");
    }
}
