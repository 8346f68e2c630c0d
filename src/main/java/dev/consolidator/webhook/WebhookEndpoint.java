package dev.consolidator.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * POST /webhook. Answers fast: verify the signature over the raw bytes, check headers and JSON, store the delivery
 * (and a job for the events the bot acts on) in one transaction, answer. The work happens later in {@link JobWorker}.
 */
public final class WebhookEndpoint implements Handler {
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final WebhookSignature signature;
    private final DeliveryStore deliveries;
    private final Runnable onJobQueued;
    private final Clock clock;

    public WebhookEndpoint(WebhookSignature signature, DeliveryStore deliveries, Runnable onJobQueued, Clock clock) {
        this.signature = signature;
        this.deliveries = deliveries;
        this.onJobQueued = onJobQueued;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        byte[] body = ctx.bodyAsBytes(); // raw bytes: the HMAC is over exactly what GitHub sent
        String id = ctx.header("X-GitHub-Delivery");
        String event = ctx.header("X-GitHub-Event");
        if (!signature.verify(body, ctx.header("X-Hub-Signature-256"))) {
            reject(ctx, HttpStatus.UNAUTHORIZED, id, event, "missing or invalid X-Hub-Signature-256");
            return;
        }
        if (blank(event) || blank(id)) {
            reject(ctx, HttpStatus.BAD_REQUEST, id, event, "missing X-GitHub-Event or X-GitHub-Delivery header");
            return;
        }
        if (id.length() > 100 || event.length() > 100) {
            reject(ctx, HttpStatus.BAD_REQUEST, id, event, "X-GitHub-Event or X-GitHub-Delivery header too long");
            return;
        }
        JsonNode payload;
        try {
            payload = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            payload = null;
        }
        if (payload == null || !payload.isObject()) {
            reject(ctx, HttpStatus.BAD_REQUEST, id, event, "body is not a JSON object (send webhooks as application/json)");
            return;
        }
        Delivery delivery = new Delivery(id, event, EventDecoder.action(payload), EventDecoder.repositoryName(payload),
                EventDecoder.installation(payload), null, clock.instant());
        boolean handled = EventDecoder.HANDLED_EVENTS.contains(event);
        DeliveryStore.Outcome outcome = handled
                ? deliveries.recordWithJob(delivery, new String(body, StandardCharsets.UTF_8))
                : deliveries.recordIgnored(delivery);
        String result;
        if (outcome == DeliveryStore.Outcome.DUPLICATE) {
            result = "duplicate";
            ctx.status(HttpStatus.OK);
        } else if (handled) {
            result = "queued";
            ctx.status(HttpStatus.ACCEPTED);
            onJobQueued.run();
        } else {
            result = "ping".equals(event) ? "pong" : "ignored";
            ctx.status(HttpStatus.OK);
        }
        log.info("delivery={} event={} action={} repository={} outcome={}", id, event, delivery.action(),
                delivery.repository(), result);
        ctx.json(Map.of("delivery", id, "outcome", result));
    }

    private static void reject(Context ctx, HttpStatus status, String id, String event, String reason) {
        log.info("delivery={} event={} action=- repository=- outcome=rejected {}: {}", printable(id), printable(event),
                status.getCode(), reason);
        ctx.status(status).json(Map.of("error", reason));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // Header values come from anyone who can reach the port: keep log lines single and short.
    private static String printable(String s) {
        if (s == null) {
            return "-";
        }
        String clean = s.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
