package dev.consolidator.bot;

import dev.consolidator.bench.SyntheticRepo;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figure: a few hundred Java files, from the comment to the PR and its check run, well under a minute. */
class LargeRepositoryTest extends BotTestSupport {

    @Test
    void a_repository_of_400_java_files_gets_its_pull_request_and_check_run() throws Exception {
        // bench/bot-apply.sh runs this test for the figure it prints; speed is not asserted in tests
        Path project = tmp.resolve("synthetic");
        SyntheticRepo.Summary summary = SyntheticRepo.generate(project, 400, 42);
        start(b -> b.project(project).plan(null));
        Deliveries.Delivery command = bot.deliveries.comment("/consolidate apply");

        long started = System.nanoTime();
        assertEquals(202, bot.deliveries.post(command));
        assertEquals("done", bot.deliveries.awaitSettled(command.id(), Duration.ofSeconds(90)), context());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf("bot apply on %d Java files (%d using the moved package): %d ms from delivery to done%n",
                summary.files(), summary.filesUsingMovedPackage(), took.toMillis());
        assertThat(github.pulls()).as(context()).hasSize(1);
        assertEquals("completed", github.checkRuns().get(0).status(), context());
    }

    @Test
    void a_string_constant_that_spells_a_moved_type_name_does_not_fail_the_check_of_the_bots_own_branch() throws Exception {
        Path project = tmp.resolve("synthetic");
        SyntheticRepo.generate(project, 60, 7); // every generated type has ID = "<its fully qualified name>"
        start(b -> b.project(project).plan(null));

        assertEquals("done", bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply")), context());

        assertThat(github.pulls()).as("the dry run had no problem, so the PR is open" + context()).hasSize(1);
        FakeGitHub.CheckRun run = github.checkRuns().get(0);
        assertEquals("success", run.conclusion(), "the engine only warns about text that names a moved type (update it by"
                + " hand if it refers to the type), but the check fails the bot's own untouched output on it:\n"
                + run.output().toPrettyString());
    }
}
