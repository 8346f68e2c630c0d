package dev.consolidator.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.consolidator.queue.JobWorker;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * POST /webhook. Answers fast: verify the signature over the raw bytes, check headers and JSON, store the delivery
 * (and a job for the events the bot acts on) in one transaction, answer. The work happens later in {@link JobWorker}.
 */
public final class WebhookEndpoint implements Handler {
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    // Widths of the deliveries and jobs columns: longer values from a payload are cut to fit, never refused with 503.
    static final int ACTION_WIDTH = 100;
    static final int REPOSITORY_WIDTH = 300;

    private final WebhookSignature signature;
    private final BodyReader bodies;
    private final DeliveryStore deliveries;
    private final Runnable onJobQueued;
    private final Clock clock;

    public WebhookEndpoint(WebhookSignature signature, BodyReader bodies, DeliveryStore deliveries, Runnable onJobQueued,
                           Clock clock) {
        this.signature = signature;
        this.bodies = bodies;
        this.deliveries = deliveries;
        this.onJobQueued = onJobQueued;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String id = ctx.header("X-GitHub-Delivery");
        String event = ctx.header("X-GitHub-Event");
        byte[] body; // raw bytes: the HMAC is over exactly what GitHub sent
        try {
            body = bodies.read(ctx);
        } catch (BodyReader.Unreadable e) {
            if (e.clientGone()) {
                log.warn("delivery={} event={} outcome=abandoned {}", printable(id), printable(event), e.getMessage());
                ctx.status(e.status());
            } else {
                reject(ctx, e.status(), id, event, e.getMessage());
            }
            return;
        }
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
            payload = oneJsonValue(body);
        } catch (IllegalArgumentException e) {
            reject(ctx, HttpStatus.BAD_REQUEST, id, event, e.getMessage());
            return;
        }
        if (payload == null || !payload.isObject()) {
            reject(ctx, HttpStatus.BAD_REQUEST, id, event, "body is not a JSON object (send webhooks as application/json)");
            return;
        }
        Delivery delivery = new Delivery(id, event, fit(EventDecoder.action(payload), ACTION_WIDTH),
                fit(EventDecoder.repositoryName(payload), REPOSITORY_WIDTH), EventDecoder.installation(payload), null,
                clock.instant());
        boolean handled = EventDecoder.HANDLED_EVENTS.contains(event);
        DeliveryStore.Outcome outcome;
        try {
            outcome = handled
                    ? deliveries.recordWithJob(delivery, new String(body, StandardCharsets.UTF_8))
                    : deliveries.recordIgnored(delivery);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("22")) { // data exception: the input, not the database
                reject(ctx, HttpStatus.BAD_REQUEST, id, event, "a value in the payload cannot be stored: " + e.getMessage().lines().findFirst().orElse(""));
                return;
            }
            throw e;
        }
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

    /** One JSON value and nothing after it but white space: `{"a":1} xyz` is not a payload. */
    static JsonNode oneJsonValue(byte[] body) {
        try (JsonParser parser = Json.MAPPER.createParser(body)) {
            JsonNode value = Json.MAPPER.readTree(parser);
            try {
                if (parser.nextToken() != null) {
                    throw trailing(parser);
                }
            } catch (JsonProcessingException e) {
                throw trailing(parser);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(unreadableJson(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
    }

    private static IllegalArgumentException trailing(JsonParser parser) {
        return new IllegalArgumentException("the body has data after its JSON value, at byte "
                + parser.currentLocation().getByteOffset());
    }

    /** What is wrong with a body that is not one JSON value, in words a sender can act on. */
    static String unreadableJson(JsonProcessingException e) {
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (detail.startsWith("String value length")) {
                return "a string in the body is longer than the JSON reader's limit (" + detail + ")";
            }
            return "the body exceeds a limit of the JSON reader (" + detail + ")";
        }
        return "body is not valid JSON at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr()) + " (send webhooks as application/json)";
    }

    /** At most {@code width} characters, never cutting a surrogate pair in half. */
    static String fit(String s, int width) {
        if (s == null || s.length() <= width) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(width - 1)) ? width - 1 : width;
        return s.substring(0, end);
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
