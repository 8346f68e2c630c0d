package dev.consolidator.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A person edits the dashboard issue's description on GitHub (ticks a box): the edit is made in the fake GitHub and
 * delivered as GitHub's {@code issues} {@code edited} event (src/test/resources/bot/webhooks/issues.edited.json
 * adapted: issue number, body, {@code changes.body.from}, {@code updated_at}, sender, repository, installation).
 */
final class DashboardDeliveries {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every edit gets a later updated_at, as on GitHub. */
    private static final AtomicLong SECONDS = new AtomicLong(Instant.parse("2026-12-01T10:00:00Z").getEpochSecond());

    private final BotHarness bot;

    DashboardDeliveries(BotHarness bot) {
        this.bot = bot;
    }

    /** The one issue titled "Consolidation dashboard" in the fake GitHub. */
    FakeGitHub.Issue dashboard() {
        var found = bot.github.issues().stream().filter(i -> i.title().equals("Consolidation dashboard")).toList();
        if (found.size() != 1) {
            throw new AssertionError("one dashboard issue expected, found " + found + bot.context());
        }
        return found.get(0);
    }

    /** {@code login} ticks the box of {@code step} ("apply p1") on GitHub; returns the edit's delivery. */
    Deliveries.Delivery tick(String step, String login, String type) {
        FakeGitHub.Issue issue = dashboard();
        String ticked = issue.body().replace("- [ ] " + step + "\n", "- [x] " + step + "\n");
        if (ticked.equals(issue.body())) {
            throw new AssertionError("no unticked box for " + step + " in:\n" + issue.body());
        }
        return edit(issue.number(), ticked, login, type);
    }

    /** {@code login} replaces the description of issue {@code number} with {@code body} on GitHub. */
    Deliveries.Delivery edit(int number, String body, String login, String type) {
        FakeGitHub.Issue before = bot.github.editIssue(number, body);
        ObjectNode p = template();
        Deliveries.adaptInstallation(p, bot.installationId);
        Deliveries.adaptRepository((ObjectNode) p.get("repository"), BotHarness.OWNER, BotHarness.REPO, bot.remote.url());
        ObjectNode issue = (ObjectNode) p.get("issue");
        String api = "https://api.github.com/repos/" + BotHarness.OWNER + "/" + BotHarness.REPO;
        issue.put("number", number);
        issue.put("title", before.title());
        issue.put("body", body);
        issue.put("url", api + "/issues/" + number);
        issue.put("html_url", "https://github.com/" + BotHarness.OWNER + "/" + BotHarness.REPO + "/issues/" + number);
        issue.put("updated_at", Instant.ofEpochSecond(SECONDS.incrementAndGet()).toString());
        ((ObjectNode) issue.get("user")).put("login", before.author()).put("type", "Bot");
        ((ObjectNode) p.get("changes").get("body")).put("from", before.body());
        ((ObjectNode) p.get("sender")).put("login", login).put("type", type);
        try {
            return new Deliveries.Delivery(UUID.randomUUID().toString(), "issues", JSON.writeValueAsBytes(p), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode template() {
        try (InputStream in = DashboardDeliveries.class.getResourceAsStream("/bot/webhooks/issues.edited.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
