package dev.consolidator.webhook;

import dev.consolidator.store.Database;
import dev.consolidator.store.Delivery;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.JobStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /healthz and GET /api/deliveries, for operators and load balancers. */
public final class OperatorRoutes {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** One entry of /api/deliveries. */
    public record DeliveryView(String delivery, String event, String action, String repository, String status, String receivedAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.deliveryId(), d.event(), d.action(), d.repository(), d.status(), d.receivedAt().toString());
        }
    }

    private final Database db;
    private final DeliveryStore deliveries;
    private final JobStore jobs;

    public OperatorRoutes(Database db, DeliveryStore deliveries, JobStore jobs) {
        this.db = db;
        this.deliveries = deliveries;
        this.jobs = jobs;
    }

    public void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up = db.isHealthy();
        body.put("status", up ? "ok" : "unavailable");
        body.put("database", up ? "up" : "down");
        if (up) {
            try {
                body.put("jobs", jobs.countByStatus());
            } catch (java.sql.SQLException e) {
                up = false;
                body.put("database", "down");
            }
        }
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

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
        List<DeliveryView> views = deliveries.recent(limit).stream().map(DeliveryView::of).toList();
        ctx.json(views);
    }
}
