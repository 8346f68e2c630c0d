package dev.consolidator.bot;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.consolidator.app.BotHandlers;
import dev.consolidator.app.Config;
import dev.consolidator.app.Engines;
import dev.consolidator.app.Server;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.store.Database;
import dev.consolidator.testing.TestDatabases;
import dev.consolidator.testing.TestKeys;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.queue.JobHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The bot as it runs in production, on a test's temp dir: the real server (HTTP, H2 file, job worker) with the bot's
 * job handler, talking to {@link FakeGitHub} as a GitHub App installation, or in token mode with plain repository
 * webhooks, and cloning {@link RemoteRepo} over file://. GitHub is reached over HTTP through the real github-api
 * client and WireMock (JWT, installation tokens) when the test class asks for it, else in memory through
 * {@link InMemoryGitHub}, at our own client interface.
 */
final class BotHarness implements AutoCloseable {
    static final String OWNER = "acme";
    static final String REPO = "acme-batch";
    static final String SECRET = "e2e-webhook-secret";
    static final String TOKEN = "ghp_e2eTestToken0000000000000000000000";
    static final long INSTALLATION_ID = 11111111L;
    static final String APP_ID = "89368";

    final FakeGitHub github;
    final RemoteRepo remote;
    final Config config;
    final Database db;
    final Server server;
    final Deliveries deliveries;
    final String planText;
    /** WireMock in front of {@link #github}; null when GitHub is in memory. */
    private final WireMockServer wireMock;
    /** The installation every payload names; null in token mode (plain repository webhooks). */
    final Long installationId;

    private BotHarness(FakeGitHub github, RemoteRepo remote, Config config, Database db, Server server, String planText,
                       Long installationId, WireMockServer wireMock) {
        this.github = github;
        this.remote = remote;
        this.config = config;
        this.db = db;
        this.server = server;
        this.planText = planText;
        this.installationId = installationId;
        this.wireMock = wireMock;
        this.deliveries = new Deliveries(server.port(), SECRET, OWNER, REPO, remote.url(), installationId);
    }

    static Builder builder(Path tmp, FakeGitHub github, boolean overHttp) {
        return new Builder(tmp, github, overHttp);
    }

    static final class Builder {
        private final Path tmp;
        private final boolean overHttp;
        private final FakeGitHub github;
        private String planResource = "two-phases.yml";
        private Path project = RemoteRepo.EXAMPLE;
        private final Map<String, String> env = new HashMap<>();
        private boolean app = true;

        private Builder(Path tmp, FakeGitHub github, boolean overHttp) {
            this.tmp = tmp;
            this.overHttp = overHttp;
            this.github = github;
        }

        /** A plan from src/test/resources/bot/plans, or null for the example's own three-phase plan. */
        Builder plan(String resource) {
            this.planResource = resource;
            return this;
        }

        /** Another project than examples/acme-batch, with its own plan (set {@code plan(null)} to keep it). */
        Builder project(Path project) {
            this.project = project;
            return this;
        }

        /** No GitHub App configured: a personal token, and payloads without an installation. */
        Builder tokenMode() {
            this.app = false;
            return this;
        }

        Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        BotHarness start() throws Exception {
            String planText = planResource == null ? null : resource("/bot/plans/" + planResource);
            RemoteRepo remote = RemoteRepo.seed(tmp.resolve("github"), project, planText);
            WireMockServer wireMock = null;
            String apiUrl = "http://127.0.0.1:9"; // in memory: a real call would find nobody there
            if (overHttp) {
                wireMock = new WireMockServer(wireMockConfig().dynamicPort().extensions(github));
                wireMock.start();
                apiUrl = wireMock.baseUrl();
                github.install(wireMock, apiUrl, remote::branch);
            } else {
                github.installInMemory(remote::branch);
            }
            try {
                return start(remote, planText, wireMock, apiUrl);
            } catch (Exception | Error e) {
                if (wireMock != null) {
                    wireMock.stop();
                }
                throw e;
            }
        }

        private BotHarness start(RemoteRepo remote, String planText, WireMockServer wireMock, String apiUrl)
                throws Exception {
            Map<String, String> vars = new HashMap<>();
            vars.put("CONSOLIDATOR_WEBHOOK_SECRET", SECRET);
            vars.put("CONSOLIDATOR_PORT", "0");
            vars.put("CONSOLIDATOR_HOST", "127.0.0.1");
            // no compaction when the test closes it (up to 200 ms by default): the file is thrown away
            vars.put("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(tmp.resolve("data/consolidator")));
            vars.put("CONSOLIDATOR_WORK_DIR", tmp.resolve("work").toString());
            vars.put("CONSOLIDATOR_GITHUB_API_URL", apiUrl);
            vars.put("CONSOLIDATOR_GITHUB_TOKEN", TOKEN);
            if (app) {
                vars.put("CONSOLIDATOR_APP_ID", APP_ID);
                vars.put("CONSOLIDATOR_APP_PRIVATE_KEY_FILE", Files.writeString(tmp.resolve("app.pem"),
                        TestKeys.pkcs1Pem(TestKeys.appKeys())).toString());
            }
            vars.put("CONSOLIDATOR_ALLOW_INSECURE_GIT", "true");
            vars.put("CONSOLIDATOR_WORKER_POLL", "PT0.05S");
            vars.put("CONSOLIDATOR_JOB_BACKOFF", "PT0.1S");
            vars.put("CONSOLIDATOR_JOB_BACKOFF_MAX", "PT0.5S");
            vars.put("CONSOLIDATOR_SHUTDOWN_GRACE", "PT2S");
            vars.put("CONSOLIDATOR_API_TOKENS", Deliveries.API_TOKEN);
            vars.putAll(env);
            Config config = Config.load(Optional.empty(), vars);
            Database db = Database.open(config.dbUrl());
            try {
                JobHandler handler = overHttp ? BotHandlers.create(config, db, Clock.systemUTC())
                        : BotHandlers.create(config, db, Clock.systemUTC(), InMemoryGitHub.clients(github, app, TOKEN));
                Server server = Server.builder(config, db).jobHandler(handler).start();
                String text = planText != null ? planText : remote.files(remote.baseCommit).get(RemoteRepo.PLAN_PATH);
                return new BotHarness(github, remote, config, db, server, text, app ? INSTALLATION_ID : null, wireMock);
            } catch (RuntimeException | Error e) {
                db.close();
                throw e;
            }
        }
    }

    /** The phase as the plan on main defines it. */
    Phase phase(String id) {
        PlanParseResult parsed = new PlanParser().parse(planText, RemoteRepo.PLAN_PATH);
        return parsed.plan().phase(id).orElseThrow(() -> new AssertionError("the test plan has no phase " + id));
    }

    /** What the engine makes of the phase on main's tree: the phase branch must hold exactly this. */
    PhaseResult engineResult(String phaseId) throws IOException {
        return Engines.phaseEngine().run(SourceTree.of(remote.files(remote.baseCommit)), phase(phaseId));
    }

    /** For assertion messages: what GitHub received, and what the server recorded. */
    String context() {
        return "\nGitHub received:\n" + github.transcript();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            db.close();
            if (wireMock != null) {
                wireMock.stop();
            }
        }
    }

    static String resource(String path) {
        try (InputStream in = BotHarness.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
