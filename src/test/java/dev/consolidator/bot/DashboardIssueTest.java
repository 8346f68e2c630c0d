package dev.consolidator.bot;

import dev.consolidator.store.BurndownStore;
import dev.consolidator.transform.engine.PhaseResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.consolidator.bot.PhaseSteps.FIRST;
import static dev.consolidator.bot.PhaseSteps.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The "Consolidation dashboard" issue: opened at the first command, found again and edited in place on every change,
 * a ticked box runs its command as the person who ticked it (with a comment's permission check and reply) and is
 * unticked; redeliveries and the bot's own edits run nothing; {@code dashboard: false} keeps no issue.
 */
class DashboardIssueTest extends BotTestSupport {
    private PhaseSteps steps;
    private DashboardDeliveries dashboard;

    private void startBot(String plan) throws Exception {
        start(b -> b.plan(plan));
        steps = new PhaseSteps(bot, new Maintainer(bot.remote));
        dashboard = new DashboardDeliveries(bot);
    }

    @Test
    void the_first_command_opens_one_dashboard_issue_that_every_change_edits_in_place() throws Exception {
        startBot("two-phases.yml");

        steps.command("/consolidate status");
        FakeGitHub.Issue opened = dashboard.dashboard();
        assertThat(opened.body()).startsWith("<!-- consolidator:dashboard -->\n").contains("`" + FIRST + "`")
                .contains("`" + SECOND + "`").contains("planned").contains("- [ ] apply " + FIRST + "\n")
                .doesNotContain("- [ ] rollback");

        FakeGitHub.Pull pr = steps.apply();
        FakeGitHub.Issue applied = dashboard.dashboard();
        assertThat(applied.number()).isEqualTo(opened.number());
        assertThat(row(applied, FIRST)).contains("open").contains("#" + pr.number()).contains("0/1");
        assertThat(applied.body()).doesNotContain("- [ ] apply");

        String merge = steps.mergeWithMergeCommit(pr);
        FakeGitHub.Issue merged = dashboard.dashboard();
        assertThat(row(merged, FIRST)).contains("merged");
        assertThat(merged.body()).contains("- [ ] apply " + SECOND + "\n").contains("- [ ] rollback " + FIRST + "\n")
                .contains("**1 of 2 phases merged.**");

        steps.command("/consolidate rollback " + FIRST);
        FakeGitHub.Pull revert = github.pulls().get(1);
        String revertMerge = steps.maintainer.mergeCommit(revert.head(), revert.number());
        steps.merged(revert, revertMerge);
        FakeGitHub.Issue rolledBack = dashboard.dashboard();
        assertThat(row(rolledBack, FIRST)).contains("rolled back").contains("#" + revert.number());
        assertThat(rolledBack.body()).contains("- [ ] apply " + FIRST + "\n").doesNotContain("- [ ] rollback");

        assertThat(requestsMatching("POST", repoPath("/issues"))).as(context()).isEqualTo(1);
        assertThat(requestsMatching("GET", repoPath("/issues"))).as("looked for by its marker once").isEqualTo(1);
        PhaseResult first = bot.engineResult(FIRST);
        List<BurndownStore.Point> points = new BurndownStore(bot.db.dataSource(), java.time.Clock.systemUTC())
                .points(BotHarness.OWNER + "/" + BotHarness.REPO);
        assertThat(points).extracting(BurndownStore.Point::event, BurndownStore.Point::commitSha, BurndownStore.Point::javaFiles,
                BurndownStore.Point::javaLines).containsExactly(
                tuple("merged", merge, first.metrics().javaFilesAfter(), first.metrics().javaLinesAfter()),
                tuple("rolled_back", revertMerge, first.metrics().javaFilesBefore(), first.metrics().javaLinesBefore()));
    }

    @Test
    void ticking_apply_runs_it_as_the_person_who_ticked_it_replies_on_the_issue_and_unticks_the_box() throws Exception {
        startBot("two-phases.yml");
        steps.command("/consolidate status");
        int issue = dashboard.dashboard().number();

        assertThat(bot.deliveries.deliver(dashboard.tick("apply " + FIRST, "maintainer", "User"))).isEqualTo("done");

        assertThat(github.pulls()).singleElement().satisfies(pr -> assertThat(pr.head()).isEqualTo("consolidation/" + FIRST));
        assertThat(github.comments(issue)).singleElement().satisfies(reply -> assertThat(reply.body())
                .contains("`/consolidate apply " + FIRST + "`").contains("@maintainer"));
        assertThat(auditRows()).contains("maintainer apply done");
        String body = dashboard.dashboard().body();
        assertThat(body).doesNotContain("[x]").doesNotContain("- [ ] apply");
        assertThat(row(dashboard.dashboard(), FIRST)).contains("open");
    }

    @Test
    void a_reader_ticking_a_box_is_denied_like_a_comment_and_the_box_is_unticked() throws Exception {
        startBot("two-phases.yml");
        github.permission("reader", "read");
        steps.command("/consolidate status");
        int issue = dashboard.dashboard().number();

        assertThat(bot.deliveries.deliver(dashboard.tick("apply " + FIRST, "reader", "User"))).isEqualTo("done");

        assertThat(github.pulls()).isEmpty();
        assertThat(github.comments(issue)).singleElement().satisfies(reply -> assertThat(reply.body())
                .contains("needs write access").contains("@reader"));
        assertThat(auditRows()).contains("reader apply denied");
        assertThat(dashboard.dashboard().body()).doesNotContain("[x]").contains("- [ ] apply " + FIRST + "\n");
    }

    @Test
    void a_redelivered_tick_and_edits_by_a_bot_or_ticking_nothing_new_run_nothing_again() throws Exception {
        startBot("two-phases.yml");
        steps.command("/consolidate status");
        int issue = dashboard.dashboard().number();
        Deliveries.Delivery tick = dashboard.tick("apply " + FIRST, "maintainer", "User");
        assertThat(bot.deliveries.deliver(tick)).isEqualTo("done");

        assertThat(bot.deliveries.deliver(bot.deliveries.redelivery(tick))).isEqualTo("done");
        String now = dashboard.dashboard().body();
        assertThat(bot.deliveries.deliver(dashboard.edit(issue, now + "\nnotes by a person\n", "maintainer", "User"))).isEqualTo("done");
        String rollbackTicked = now.replace("- [ ] apply", "- [x] apply"); // nothing to apply any more: no such box
        assertThat(bot.deliveries.deliver(dashboard.edit(issue, rollbackTicked, "maintainer", "User"))).isEqualTo("done");
        steps.command("/consolidate status"); // make sure a box exists, then a bot ticks it
        FakeGitHub.Issue later = dashboard.dashboard();
        List<String> boxes = later.body().lines().filter(l -> l.startsWith("- [ ] ")).toList();
        if (!boxes.isEmpty()) {
            String step = boxes.get(0).substring("- [ ] ".length());
            assertThat(bot.deliveries.deliver(dashboard.tick(step, "consolidator[bot]", "Bot"))).isEqualTo("done");
        }

        assertThat(github.pulls()).as(context()).hasSize(1);
        assertThat(github.comments(issue)).hasSize(1);
        assertThat(auditRows()).filteredOn(r -> r.contains(" apply ")).containsExactly("maintainer apply done");
    }

    @Test
    void dashboard_false_in_the_plan_keeps_no_issue_and_never_looks_for_one() throws Exception {
        startBot("two-phases-no-dashboard.yml");

        steps.command("/consolidate status");
        steps.apply();

        assertThat(github.issues()).isEmpty();
        assertThat(requestsMatching("GET", repoPath("/issues"))).isZero();
    }

    private static String row(FakeGitHub.Issue issue, String phase) {
        return issue.body().lines().filter(l -> l.contains("`" + phase + "`")).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + phase + " in:\n" + issue.body()));
    }
}
