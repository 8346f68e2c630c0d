package dev.consolidator.http;

import dev.consolidator.store.Database;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * GET /readyz: ready to take traffic when the database answers, its migrations are all applied and the job workers
 * run (or the process is receive-only on purpose). A caller without an API token learns only up or down; an
 * operator with a token sees which check failed.
 */
public final class ReadinessRoutes {
    private final Database db;
    private final BooleanSupplier workersRunning;
    private final ApiTokens tokens;

    public ReadinessRoutes(Database db, BooleanSupplier workersRunning, ApiTokens tokens) {
        this.db = db;
        this.workersRunning = workersRunning;
        this.tokens = tokens;
    }

    public void ready(Context ctx) {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean database = db.isHealthy();
        checks.put("database", database);
        checks.put("migrations", database && db.migrationsApplied());
        checks.put("workers", workersRunning.getAsBoolean());
        boolean up = !checks.containsValue(false);
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "up" : "down");
        if (tokens.allows(ctx)) {
            body.put("checks", checks);
        }
        ctx.json(body);
    }
}
