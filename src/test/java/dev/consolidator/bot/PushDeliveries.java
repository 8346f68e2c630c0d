package dev.consolidator.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Push deliveries of issue 8: GitHub's recorded {@code push} payload (src/test/resources/bot/webhooks/push.branch.json,
 * octokit/webhooks) adapted to the harness's repository, ref and commits. Posted (signed) with {@link Deliveries#deliver}.
 */
final class PushDeliveries {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotHarness bot;

    PushDeliveries(BotHarness bot) {
        this.bot = bot;
    }

    /** A push of {@code before..after} to {@code branch}. */
    Deliveries.Delivery push(String branch, String before, String after) {
        ObjectNode p = template();
        Deliveries.adaptInstallation(p, bot.installationId);
        Deliveries.adaptRepository((ObjectNode) p.get("repository"), BotHarness.OWNER, BotHarness.REPO, bot.remote.url());
        ((ObjectNode) p.get("repository")).put("master_branch", "main");
        p.put("ref", "refs/heads/" + branch);
        p.put("before", before);
        p.put("after", after);
        p.put("created", false);
        p.put("deleted", false);
        p.put("forced", false);
        p.put("base_ref", (String) null);
        ((ObjectNode) p.get("head_commit")).put("id", after);
        ((ObjectNode) p.get("sender")).put("login", Deliveries.MAINTAINER).put("type", "User");
        return Deliveries.Delivery.of("push", p);
    }

    private static ObjectNode template() {
        try (InputStream in = PushDeliveries.class.getResourceAsStream("/bot/webhooks/push.branch.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
