package dev.consolidator.http;

import dev.consolidator.store.Database;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.JobStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GET /healthz and GET /api/deliveries, for operators and load balancers. /api tells who can read it the names of
 * private repositories, so it is closed unless bearer tokens are configured, and then only open to them.
 */
public final class OperatorRoutes {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    static final String API_OFF = "the operator API is off: set CONSOLIDATOR_API_TOKENS (comma-separated tokens of 16+"
            + " characters) and send `Authorization: Bearer <token>`";

    /** One entry of /api/deliveries. */
    public record DeliveryView(String delivery, String event, String action, String repository, String status, String receivedAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.deliveryId(), d.event(), d.action(), d.repository(), d.status(), d.receivedAt().toString());
        }
    }

    private final Database db;
    private final DeliveryStore deliveries;
    private final JobStore jobs;
    private final ApiTokens tokens;

    public OperatorRoutes(Database db, DeliveryStore deliveries, JobStore jobs, ApiTokens tokens) {
        this.db = db;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.tokens = tokens;
    }

    /** The handler, run only for a caller with a configured bearer token: 404 when no token is configured, else 401. */
    public Handler protect(Handler handler) {
        return ctx -> {
            if (!tokens.enabled()) {
                ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", API_OFF));
            } else if (!tokens.allows(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"consolidator\"");
                ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "a bearer token is required (Authorization: Bearer <token>)"));
            } else {
                handler.handle(ctx);
            }
        };
    }

    /** Up or down for anyone (load balancers); the job counts only for a caller with a token. */
    public void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up = db.isHealthy();
        boolean detail = tokens.enabled() && tokens.allows(ctx);
        body.put("status", up ? "ok" : "unavailable");
        if (detail) {
            body.put("database", up ? "up" : "down");
        }
        if (up && detail) {
            try {
                body.put("jobs", jobs.countByStatus());
            } catch (java.sql.SQLException e) {
                up = false;
                body.put("status", "unavailable");
                body.put("database", "down");
            }
        }
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    /**
     * Newest first, {@code limit} per page (at most 500); {@code next} in the answer is the cursor for the following
     * page ({@code ?after=<next>}), absent on the last page. The cursor is the last entry's time and id, so deliveries
     * arriving meanwhile neither shift nor repeat entries.
     */
    public void recentDeliveries(Context ctx) throws java.sql.SQLException {
        String raw = ctx.queryParam("limit");
        int limit;
        try {
            limit = raw == null ? DEFAULT_LIMIT : Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "limit must be a whole number from 1 to " + MAX_LIMIT));
            return;
        }
        Optional<DeliveryStore.Cursor> after;
        try {
            after = Optional.ofNullable(ctx.queryParam("after")).map(OperatorRoutes::cursor);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "after must be the `next` value of a previous page"));
            return;
        }
        List<Delivery> page = deliveries.page(after, limit + 1);
        List<DeliveryView> views = page.stream().limit(limit).map(DeliveryView::of).toList();
        if (page.size() > limit) {
            Delivery last = page.get(limit - 1);
            String next = last.receivedAt() + "," + last.deliveryId();
            ctx.header("Link", "</api/deliveries?limit=" + limit + "&after=" + java.net.URLEncoder.encode(next,
                    java.nio.charset.StandardCharsets.UTF_8) + ">; rel=\"next\"");
            ctx.header("X-Next-Cursor", next);
        }
        ctx.json(views);
    }

    private static DeliveryStore.Cursor cursor(String raw) {
        int comma = raw.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("no comma");
        }
        try {
            return new DeliveryStore.Cursor(Instant.parse(raw.substring(0, comma)), raw.substring(comma + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
