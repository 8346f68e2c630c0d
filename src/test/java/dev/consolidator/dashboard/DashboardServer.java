package dev.consolidator.dashboard;

import dev.consolidator.app.Config;
import dev.consolidator.app.Server;
import dev.consolidator.store.Database;
import dev.consolidator.testing.TestDatabases;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The real server (no job worker) on a fresh H2 file holding {@link ShopProgress}, with one API token. */
final class DashboardServer implements AutoCloseable {
    static final String TOKEN = "dashboard-test-token-0123456789";

    final Database db;
    final Server server;

    DashboardServer(Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("CONSOLIDATOR_WEBHOOK_SECRET", "dashboard-test-secret");
        env.put("CONSOLIDATOR_PORT", "0");
        env.put("CONSOLIDATOR_HOST", "127.0.0.1");
        env.put("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(dir.resolve("data/consolidator")));
        env.put("CONSOLIDATOR_WORK_DIR", dir.resolve("work").toString());
        env.put("CONSOLIDATOR_API_TOKENS", TOKEN);
        Config config = Config.load(Optional.empty(), env);
        db = Database.open(config.dbUrl());
        try {
            ShopProgress.record(db.dataSource());
            server = Server.builder(config, db).startWorker(false).start();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            db.close();
        }
    }
}
