package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The {@code consolidation/guard} check on a team's own pull requests, end to end: the recorded
 * {@code pull_request.opened} payload adapted to a PR whose head exists only as {@code refs/pull/<n>/head} (a fork),
 * GitHub played by WireMock, the remote a bare repository.
 */
class GuardTest extends BotTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PR = 42;
    private static final String GUARD = "consolidation/guard";

    private PhaseSteps steps;
    private FakeGitHub.Pull reportingPr;
    private FakeGitHub.Pull statsPr;

    /** Phase one merged (the legacy report package and its helpers retired), phase two open for review. */
    private void oneMergedOneOpen() throws Exception {
        Maintainer maintainer = new Maintainer(bot.remote);
        steps = new PhaseSteps(bot, maintainer);
        reportingPr = steps.apply();
        steps.mergeWithMergeCommit(reportingPr);
        statsPr = steps.apply();
    }

    /** A contributor's PR on top of main: its head is pushed to refs/pull/42/head only, as GitHub does for forks. */
    private String pushPullHead(Map<String, String> files) throws Exception {
        return bot.remote.pushFromMain("refs/pull/" + PR + "/head", files, "Contributor's change",
                new PersonIdent("Contributor", "c@example.org"));
    }

    /** GitHub's recorded pull_request.opened payload, pointed at the test repository, PR #42 and its head. */
    private Deliveries.Delivery opened(String action, String headSha) {
        try {
            ObjectNode p = (ObjectNode) JSON.readTree(BotHarness.resource("/bot/webhooks/pull_request.opened.json"));
            Deliveries.adaptInstallation(p, bot.installationId);
            p.put("action", action);
            p.put("number", PR);
            String cloneUrl = bot.remote.url();
            Deliveries.adaptRepository((ObjectNode) p.get("repository"), BotHarness.OWNER, BotHarness.REPO, cloneUrl);
            ObjectNode pr = (ObjectNode) p.get("pull_request");
            pr.put("number", PR);
            ObjectNode head = (ObjectNode) pr.get("head");
            head.put("ref", "export-report").put("sha", headSha).put("label", "contributor:export-report");
            ObjectNode base = (ObjectNode) pr.get("base");
            base.put("ref", "main").put("label", BotHarness.OWNER + ":main");
            Deliveries.adaptRepository((ObjectNode) base.get("repo"), BotHarness.OWNER, BotHarness.REPO, cloneUrl);
            return Deliveries.Delivery.of("pull_request", p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> everyKindOfUse() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("src/main/java/com/acme/app/Export.java", """
                package com.acme.app;

                import com.acme.legacy.report.ReportGenerator;
                import static com.acme.legacy.util.TextPadding.padRight;
                import com.acme.batch.ProgressStats;

                public class Export {
                    String today() {
                        return com.acme.legacy.util.LegacyDates.format(java.time.LocalDate.now());
                    }
                }
                """);
        files.put("src/main/java/com/acme/app/Formats.java", """
                package com.acme.app;

                import com.acme.legacy.report.*;

                public class Formats {
                    ReportFormat format;
                }
                """);
        files.put("src/main/java/com/acme/legacy/util/Padding.java", """
                package com.acme.legacy.util;

                public class Padding {
                    String pad(String s) {
                        return TextPadding.padLeft(s, 8);
                    }
                }
                """);
        files.put("src/main/java/module-info.java", """
                module acme.batch {
                    exports com.acme.legacy.report;
                }
                """);
        files.put("src/main/resources/META-INF/services/com.acme.app.Settings", """
                com.acme.legacy.report.CsvReportWriter
                """);
        return files;
    }

    private List<FakeGitHub.CheckRun> guardRuns() {
        return github.checkRuns().stream().filter(r -> r.name().equals(GUARD)).toList();
    }

    @Test
    void each_kind_of_use_of_a_retired_name_is_an_annotation_and_fails_the_guard() throws Exception {
        start();
        oneMergedOneOpen();
        String head = pushPullHead(everyKindOfUse());

        assertThat(bot.deliveries.deliver(opened("opened", head))).as(context()).isEqualTo("done");

        assertThat(guardRuns()).as(context()).singleElement().satisfies(run -> {
            assertThat(run.headSha()).isEqualTo(head);
            assertThat(run.status()).isEqualTo("completed");
            assertThat(run.conclusion()).isEqualTo("failure");
            assertThat(run.annotations()).extracting(a -> a.path("path").asText(), a -> a.path("start_line").asInt(),
                    a -> a.path("annotation_level").asText()).containsExactlyInAnyOrder(
                    tuple("src/main/java/com/acme/app/Export.java", 3, "failure"),
                    tuple("src/main/java/com/acme/app/Export.java", 4, "failure"),
                    tuple("src/main/java/com/acme/app/Export.java", 5, "notice"),
                    tuple("src/main/java/com/acme/app/Export.java", 9, "failure"),
                    tuple("src/main/java/com/acme/app/Formats.java", 6, "failure"),
                    tuple("src/main/java/com/acme/legacy/util/Padding.java", 5, "failure"),
                    tuple("src/main/java/module-info.java", 2, "failure"),
                    tuple("src/main/resources/META-INF/services/com.acme.app.Settings", 1, "failure"));
            JsonNode importOfMoved = run.annotations().stream().filter(a -> a.path("start_line").asInt() == 3).findFirst()
                    .orElseThrow();
            assertThat(importOfMoved.path("message").asText()).contains("com.acme.legacy.report.ReportGenerator",
                    "com.acme.reporting.ReportGenerator", "reporting-package", "#" + reportingPr.number());
        });
        assertThat(github.statuses()).noneMatch(s -> s.context().equals(GUARD));
    }

    @Test
    void a_redelivered_or_repeated_event_changes_nothing() throws Exception {
        start();
        oneMergedOneOpen();
        String head = pushPullHead(everyKindOfUse());
        Deliveries.Delivery first = opened("opened", head);
        assertThat(bot.deliveries.deliver(first)).isEqualTo("done");
        int requests = github.requests().size();

        assertThat(bot.deliveries.deliver(bot.deliveries.redelivery(first))).isEqualTo("done");
        assertThat(bot.deliveries.deliver(opened("reopened", head))).isEqualTo("done");

        assertThat(guardRuns()).as(context()).hasSize(1);
        assertThat(github.requests().subList(requests, github.requests().size()))
                .noneMatch(r -> r.method().equals("POST") || r.method().equals("PATCH"));
    }

    @Test
    void a_pr_using_only_the_new_names_passes() throws Exception {
        start();
        oneMergedOneOpen();
        String head = pushPullHead(Map.of("src/main/java/com/acme/app/Export.java", """
                package com.acme.app;

                import com.acme.reporting.ReportGenerator;

                public class Export {
                    ReportGenerator generator;
                }
                """));

        assertThat(bot.deliveries.deliver(opened("synchronize", head))).isEqualTo("done");

        assertThat(guardRuns()).as(context()).singleElement().satisfies(run -> {
            assertThat(run.conclusion()).isEqualTo("success");
            assertThat(run.annotations()).isEmpty();
        });
    }

    @Test
    void a_type_kept_as_a_deprecated_forwarder_is_still_retired() throws Exception {
        start(b -> b.plan("two-phases-forwarding.yml"));
        oneMergedOneOpen();
        assertThat(bot.remote.files(bot.remote.branch("main").orElseThrow()))
                .as("the move left a forwarder at the old name").containsKey(
                        "src/main/java/com/acme/legacy/report/ReportGenerator.java");
        String head = pushPullHead(Map.of("src/main/java/com/acme/app/Export.java", """
                package com.acme.app;

                import com.acme.legacy.report.ReportGenerator;

                public class Export {
                }
                """));

        assertThat(bot.deliveries.deliver(opened("opened", head))).isEqualTo("done");

        assertThat(guardRuns()).as(context()).singleElement().satisfies(run -> {
            assertThat(run.conclusion()).isEqualTo("failure");
            assertThat(run.annotations()).singleElement().satisfies(a -> {
                assertThat(a.path("start_line").asInt()).isEqualTo(3);
                assertThat(a.path("message").asText()).contains("only survives as a deprecated forwarder",
                        "com.acme.reporting.ReportGenerator");
            });
        });
    }

    @Test
    void guard_warn_makes_findings_neutral() throws Exception {
        start(b -> b.plan("two-phases-guard-warn.yml"));
        oneMergedOneOpen();
        String head = pushPullHead(everyKindOfUse());

        assertThat(bot.deliveries.deliver(opened("opened", head))).isEqualTo("done");

        assertThat(guardRuns()).as(context()).singleElement().satisfies(run -> {
            assertThat(run.conclusion()).isEqualTo("neutral");
            assertThat(run.annotations()).hasSize(8);
        });
    }

    @Test
    void token_mode_sets_a_commit_status_linking_to_one_comment_with_the_findings() throws Exception {
        start(BotHarness.Builder::tokenMode);
        oneMergedOneOpen();
        String head = pushPullHead(everyKindOfUse());
        Deliveries.Delivery first = opened("opened", head);

        assertThat(bot.deliveries.deliver(first)).isEqualTo("done");
        assertThat(bot.deliveries.deliver(bot.deliveries.redelivery(first))).isEqualTo("done");

        assertThat(guardRuns()).isEmpty();
        List<FakeGitHub.Status> statuses = github.statuses().stream().filter(s -> s.context().equals(GUARD)).toList();
        assertThat(statuses).as(context()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.sha()).isEqualTo(head);
            assertThat(s.state()).isEqualTo("failure");
            assertThat(s.description()).contains("7 new uses of retired names");
        });
        assertThat(github.comments(PR)).as(context()).singleElement().satisfies(c -> {
            assertThat(statuses.get(0).targetUrl()).isEqualTo(github.commentUrl(c));
            assertThat(c.body()).contains("src/main/java/com/acme/app/Export.java:3", "com.acme.reporting.ReportGenerator",
                    "src/main/java/module-info.java:2", "(notice)");
        });
    }

    @Test
    void phase_prs_and_prs_to_other_branches_get_no_guard_check() throws Exception {
        start();
        oneMergedOneOpen();
        String phaseHead = bot.remote.branch(statsPr.head()).orElseThrow();
        String head = pushPullHead(everyKindOfUse());
        Deliveries.Delivery toRelease = opened("opened", head);
        ObjectNode payload = (ObjectNode) JSON.readTree(toRelease.body());
        ((ObjectNode) payload.path("pull_request").path("base")).put("ref", "release-1.x");

        assertThat(bot.deliveries.deliver(bot.deliveries.pullRequest("synchronize", statsPr.number(), statsPr.head(),
                phaseHead, false, null))).isEqualTo("done");
        assertThat(bot.deliveries.deliver(Deliveries.Delivery.of("pull_request", payload))).isEqualTo("done");

        assertThat(guardRuns()).as(context()).isEmpty();
    }

    @Test
    void no_guard_check_without_a_merged_phase() throws Exception {
        start();
        Maintainer maintainer = new Maintainer(bot.remote);
        steps = new PhaseSteps(bot, maintainer);
        steps.apply(); // open, not merged
        String head = pushPullHead(everyKindOfUse());

        assertThat(bot.deliveries.deliver(opened("opened", head))).isEqualTo("done");

        assertThat(guardRuns()).as(context()).isEmpty();
        assertThat(github.statuses()).noneMatch(s -> s.context().equals(GUARD));
    }

    @Test
    void no_guard_check_on_a_repository_without_a_plan() throws Exception {
        Path project = emptyProject();
        start(b -> b.plan(null).project(project));
        String head = pushPullHead(everyKindOfUse());

        assertThat(bot.deliveries.deliver(opened("opened", head))).isEqualTo("done");

        assertThat(guardRuns()).as(context()).isEmpty();
        assertThat(github.requests()).noneMatch(r -> r.path().contains("check-runs") || r.path().contains("statuses"));
    }

    private Path emptyProject() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("no-plan"));
        Files.writeString(project.resolve("README.md"), "No plan here.\n");
        return project;
    }
}
