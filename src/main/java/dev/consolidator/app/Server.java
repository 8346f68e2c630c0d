package dev.consolidator.app;

import dev.consolidator.dashboard.DashboardRoutes;
import dev.consolidator.http.ApiTokens;
import dev.consolidator.http.MetricsRoutes;
import dev.consolidator.http.ReadinessRoutes;
import dev.consolidator.store.Database;
import dev.consolidator.store.StoreCounts;
import dev.consolidator.store.DeliveryStore;
import dev.consolidator.store.InstallationStore;
import dev.consolidator.store.JobStore;
import dev.consolidator.webhook.BodyReader;
import dev.consolidator.webhook.DecodingJobHandler;
import dev.consolidator.webhook.InstallationRecorder;
import dev.consolidator.queue.JobHandler;
import dev.consolidator.queue.JobWorker;
import dev.consolidator.webhook.Json;
import dev.consolidator.http.OperatorRoutes;
import dev.consolidator.http.ProgressRoutes;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.store.ReviewStore;
import dev.consolidator.webhook.WebhookEndpoint;
import dev.consolidator.webhook.WebhookSignature;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The `serve` wiring: Javalin with /webhook, /healthz, /api and /dashboard, plus the job worker. The caller owns the
 * Database and closes it after {@link #close()}.
 */
public final class Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Server.class);

    static final int RESERVED_THREADS = 16;

    private final Javalin javalin;
    private final JobWorker worker;
    private final BodyReader bodies;
    private final MetricsRoutes metrics;
    private volatile boolean closed;

    private Server(Javalin javalin, JobWorker worker, BodyReader bodies, MetricsRoutes metrics) {
        this.javalin = javalin;
        this.worker = worker;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    /** Starts with the given handler and a fresh worker pool. */
    public static Server start(Config config, Database db, JobHandler handler) {
        return builder(config, db).jobHandler(handler).start();
    }

    /** The handler when none is given: decode every event and keep installations and repositories up to date. */
    public static JobHandler defaultHandler(Database db) {
        return new DecodingJobHandler(new InstallationRecorder(new InstallationStore(db)));
    }

    public static Builder builder(Config config, Database db) {
        return new Builder(config.requireServeSettings(), db);
    }

    public int port() {
        return javalin.port();
    }

    public JobWorker worker() {
        return worker;
    }

    /** Stops taking requests, then stops the worker (running jobs finish or go back to the queue). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        javalin.stop();
        bodies.close();
        worker.close();
        metrics.close();
        log.info("server stopped");
    }

    public static final class Builder {
        private final Config config;
        private final Database db;
        private JobHandler handler;
        private boolean startWorker = true;
        private Clock clock = Clock.systemUTC();

        private Builder(Config config, Database db) {
            this.config = config;
            this.db = db;
            this.handler = defaultHandler(db);
        }

        public Builder jobHandler(JobHandler handler) {
            this.handler = handler;
            return this;
        }

        /** false: accept and store webhooks but claim no job (tests of restart, maintenance). */
        public Builder startWorker(boolean startWorker) {
            this.startWorker = startWorker;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Server start() {
            JobStore jobs = new JobStore(db, clock);
            DeliveryStore deliveries = new DeliveryStore(db);
            JobWorker worker = new JobWorker(jobs, handler, workerPool(config.workerThreads()),
                    new JobWorker.Settings(config.workerThreads(), config.jobMaxAttempts(), config.jobBackoff(),
                            config.jobBackoffMax(), config.jobLease(), config.workerPoll(), config.shutdownGrace()));
            // threads kept from webhook bodies, for /healthz, /api and Jetty's own acceptor and selector
            BodyReader bodies = new BodyReader(config.maxBodyBytes(), config.requestReadTimeout(),
                    config.httpThreads() - RESERVED_THREADS);
            WebhookEndpoint webhook = new WebhookEndpoint(new WebhookSignature(config.webhookSecret()), bodies, deliveries,
                    worker::wake, clock);
            ApiTokens tokens = new ApiTokens(config.apiTokens());
            OperatorRoutes operator = new OperatorRoutes(db, deliveries, jobs, tokens);
            ProgressRoutes progress = new ProgressRoutes(new PhaseStore(db.dataSource(), clock),
                    new PhaseDetails(db.dataSource()), new ReviewStore(db.dataSource()),
                    new dev.consolidator.store.PhaseBases(db.dataSource(), clock),
                    new dev.consolidator.store.ForwarderUsageStore(db.dataSource(), clock));
            boolean receiveOnly = !startWorker || config.workerThreads() <= 0;
            ReadinessRoutes readiness = new ReadinessRoutes(db, () -> receiveOnly || worker.isRunning(), tokens);
            DashboardRoutes dashboard = DashboardRoutes.create(db.dataSource(), clock, tokens, config.apiTokens(),
                    config.githubApiUrl());
            MetricsRoutes metrics = new MetricsRoutes(new StoreCounts(db), tokens, config.metricsPublic(), clock);
            Javalin javalin = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.http.maxRequestSize = config.maxBodyBytes();
                cfg.jetty.threadPool = httpPool(config.httpThreads());
                cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
                cfg.routes.post("/webhook", webhook);
                cfg.routes.get("/healthz", operator::health);
                cfg.routes.get("/readyz", readiness::ready);
                cfg.routes.get("/metrics", metrics::metrics);
                cfg.routes.get("/api/deliveries", operator.protect(operator::recentDeliveries));
                cfg.routes.get("/api/repos/{owner}/{repo}/phases", operator.protect(progress::list));
                cfg.routes.get("/api/repos/{owner}/{repo}/phases/{id}", operator.protect(progress::one));
                cfg.routes.get("/dashboard", dashboard.protect(dashboard::overview));
                cfg.routes.get("/dashboard/{owner}/{repo}", dashboard.protect(dashboard::repository));
                cfg.routes.post("/dashboard/login", dashboard::login);
                cfg.routes.post("/dashboard/logout", dashboard::logout);
                cfg.routes.exception(SQLException.class, (e, ctx) -> {
                    log.error("database error on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "database unavailable"));
                });
            });
            javalin.start(config.host(), config.port());
            if (startWorker && config.workerThreads() > 0) {
                worker.start();
            } else {
                log.info("receive only: deliveries are stored, no job is run by this process");
            }
            log.info("listening on {}:{} (database {}; /api {})", config.host(), javalin.port(), db.url(),
                    tokens.enabled() ? "needs a bearer token" : "off: no API token configured");
            return new Server(javalin, worker, bodies, metrics);
        }

        private static QueuedThreadPool httpPool(int threads) {
            QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads), 60_000);
            pool.setName("http");
            return pool;
        }

        private static ExecutorService workerPool(int threads) {
            AtomicInteger n = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "job-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            return Executors.newFixedThreadPool(Math.max(1, threads), factory); // 0 threads: receive only, the pool stays idle
        }
    }
}
