package dev.consolidator.http;

import dev.consolidator.store.StoreCounts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * GET /metrics in Prometheus text format. Counters and timers recorded anywhere through Micrometer's global registry
 * (job durations, GitHub API calls and rate limit) are exposed here; the counts of the database (deliveries, jobs,
 * queue depth, phases) are read at each scrape. Closed to callers without an API token unless metricsPublic.
 */
public final class MetricsRoutes {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final StoreCounts counts;
    private final ApiTokens tokens;
    private final boolean isPublic;
    private final Clock clock;
    private final MultiGauge deliveries = MultiGauge.builder("consolidator.deliveries")
            .description("webhook deliveries stored, by event and outcome").register(registry);
    private final MultiGauge jobs = MultiGauge.builder("consolidator.jobs")
            .description("jobs by state").register(registry);
    private final MultiGauge phases = MultiGauge.builder("consolidator.phases")
            .description("consolidation phases by state").register(registry);
    private final AtomicLong queueDepth = new AtomicLong();

    public MetricsRoutes(StoreCounts counts, ApiTokens tokens, boolean isPublic, Clock clock) {
        this.counts = counts;
        this.tokens = tokens;
        this.isPublic = isPublic;
        this.clock = clock;
        registry.gauge("consolidator.queue.depth", Tags.empty(), queueDepth);
        Metrics.addRegistry(registry);
    }

    public void metrics(Context ctx) throws SQLException {
        if (!isPublic && !tokens.allows(ctx)) {
            ctx.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").result("unauthorized\n");
            return;
        }
        StoreCounts.Snapshot now = counts.read(clock.instant());
        deliveries.register(rows(now.deliveries(), k -> Tags.of("event", k.get(0), "outcome", k.get(1))), true);
        jobs.register(rows(now.jobs(), k -> Tags.of("state", k.get(0))), true);
        phases.register(rows(now.phases(), k -> Tags.of("state", k.get(0))), true);
        queueDepth.set(now.queueDepth());
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    /** Stops feeding the global registry (a second server in the same JVM, tests). */
    public void close() {
        Metrics.removeRegistry(registry);
        registry.close();
    }

    private static List<MultiGauge.Row<?>> rows(Map<List<String>, Long> counts, Function<List<String>, Tags> tags) {
        return counts.entrySet().stream().<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(tags.apply(e.getKey()), e.getValue())).toList();
    }
}
