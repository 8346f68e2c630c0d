package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The use of a merged phase's forwarders on the default branch: counted by {@code /consolidate status} on the clone of
 * main's head, kept current by every push to main for the phases API, and what {@code removeForwarders} waits for.
 */
class ForwarderUsageTest extends BotTestSupport {
    static final String FIRST = "reporting-package";
    static final String DROP = "drop-report-forwarders";
    static final String OLD_GENERATOR = "src/main/java/com/acme/legacy/report/ReportGenerator.java";
    static final String EXPORT = "src/main/java/com/acme/app/Export.java";
    static final String LATE_USER = """
            package com.acme.app;

            import com.acme.legacy.report.ReportGenerator;

            public class Export {
                ReportGenerator generator;
                Object type = com.acme.legacy.report.ReportGenerator.class;
            }
            """;

    PhaseSteps steps;

    /** The first phase applied and merged with its forwarders, then code on main that still uses the old names. */
    String mergedThenUsed() throws Exception {
        start(b -> b.plan("forwarders.yml"));
        steps = new PhaseSteps(bot, new Maintainer(bot.remote));
        steps.mergeWithMergeCommit(steps.apply());
        String before = steps.maintainer.main();
        String head = steps.maintainer.commitOnMain(Map.of(EXPORT, LATE_USER), "export the report");
        assertThat(bot.deliveries.deliver(new PushDeliveries(bot).push("main", before, head))).isEqualTo("done");
        return head;
    }

    /** The forwarder files main holds under the old package: what the counts must name. */
    int forwardersOnMain() throws Exception {
        Map<String, String> files = bot.remote.files(steps.maintainer.main());
        int count = (int) files.entrySet().stream().filter(e -> e.getKey().startsWith("src/main/java/com/acme/legacy/report/")
                && e.getValue().contains("this forwarding type will be removed.")).count();
        assertThat(files).as("the move left a forwarder at the old name").containsKey(OLD_GENERATOR);
        return count;
    }

    @Test
    void status_counts_the_files_and_lines_on_main_that_still_use_a_merged_phases_forwarders() throws Exception {
        String head = mergedThenUsed();
        int forwarders = forwardersOnMain();

        String status = steps.command("/consolidate status");

        assertThat(status).contains("#### Compatibility forwarders still in use\n\nOn the default branch at `"
                + head.substring(0, 12) + "`, code that still names an old (forwarded) type. A phase at 0 can drop its"
                + " forwarders with a later `removeForwarders: {phase: <id>}` step.\n\n"
                + "| phase | forwarders | files using them | lines using them |\n|---|---:|---:|---:|\n"
                + "| `" + FIRST + "` | " + forwarders + " | 1 | 3 |\n");
        assertThat(github.issues()).as("the dashboard issue carries the same count").singleElement()
                .satisfies(issue -> assertThat(issue.body()).contains("Forwarders still used: 1 file, 3 lines ("
                        + dev.consolidator.text.Plural.of(forwarders, "forwarder") + ")."));
    }

    @Test
    void the_phases_api_shows_the_count_of_mains_newest_head_after_each_push() throws Exception {
        String head = mergedThenUsed();
        int forwarders = forwardersOnMain();

        JsonNode used = steps.phase(FIRST).path("forwarders");
        assertThat(used.path("commit").asText()).isEqualTo(head);
        assertThat(used.path("forwarders").asInt()).isEqualTo(forwarders);
        assertThat(used.path("files").asInt()).isEqualTo(1);
        assertThat(used.path("lines").asInt()).isEqualTo(3);
        assertThat(steps.phase(DROP).path("forwarders").isNull()).as("a pending phase has no forwarders").isTrue();

        String followed = steps.maintainer.commitOnMain(Map.of(EXPORT, LATE_USER.replace("com.acme.legacy.report",
                "com.acme.reporting")), "follow the move");
        assertThat(bot.deliveries.deliver(new PushDeliveries(bot).push("main", head, followed))).isEqualTo("done");

        JsonNode none = steps.phase(FIRST).path("forwarders");
        assertThat(none.path("commit").asText()).isEqualTo(followed);
        assertThat(none.path("files").asInt()).isZero();
        assertThat(none.path("lines").asInt()).isZero();
    }

    @Test
    void remove_forwarders_is_refused_naming_the_users_on_main_then_opens_a_pr_deleting_them() throws Exception {
        String head = mergedThenUsed();
        int forwarders = forwardersOnMain();

        String refused = steps.command("/consolidate apply " + DROP);

        assertThat(refused).contains("the forwarders of phase `" + FIRST + "` are still used in 1 file, on 3 lines",
                EXPORT + ":3", EXPORT + ":6", EXPORT + ":7");
        assertThat(github.pulls()).as(context()).hasSize(1);

        Map<String, String> followed = new HashMap<>();
        followed.put(EXPORT, LATE_USER.replace("com.acme.legacy.report", "com.acme.reporting"));
        String fixed = steps.maintainer.commitOnMain(followed, "follow the move");
        assertThat(bot.deliveries.deliver(new PushDeliveries(bot).push("main", head, fixed))).isEqualTo("done");
        FakeGitHub.Pull pr = steps.apply();

        Map<String, String> branch = bot.remote.files(bot.remote.branch(pr.head()).orElseThrow());
        assertThat(branch.keySet()).noneMatch(p -> p.startsWith("src/main/java/com/acme/legacy/report/"));
        assertThat(branch).containsKey("src/main/java/com/acme/reporting/ReportGenerator.java");
        assertThat(forwarders).isPositive();
        assertThat(github.checkRuns().stream().filter(r -> r.headSha().equals(pr.headSha())).toList()).as(context())
                .last().satisfies(run -> {
                    assertThat(run.conclusion()).as(run.output().toString()).isEqualTo("success");
                    assertThat(run.output().path("summary").asText()).contains("1/1");
                });
    }
}
