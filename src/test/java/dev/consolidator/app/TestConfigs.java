package dev.consolidator.app;

import dev.consolidator.testing.TestDatabases;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Real configs for tests: loopback, random port, short timings, and an H2 file in a temp dir that already holds the
 * migrated schema (a copy of the template of {@link TestDatabases#migratedH2}, made when the env is first built).
 */
final class TestConfigs {
    static final String SECRET = "test-secret";
    static final String API_TOKEN = "test-api-token-0123456789";

    private TestConfigs() {
    }

    static Map<String, String> env(Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("CONSOLIDATOR_WEBHOOK_SECRET", SECRET);
        env.put("CONSOLIDATOR_PORT", "0");
        env.put("CONSOLIDATOR_HOST", "127.0.0.1");
        env.put("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(dir.resolve("data/consolidator")));
        env.put("CONSOLIDATOR_WORK_DIR", dir.resolve("work").toString());
        env.put("CONSOLIDATOR_WORKER_POLL", "PT0.05S");
        env.put("CONSOLIDATOR_JOB_BACKOFF", "PT0.05S");
        env.put("CONSOLIDATOR_JOB_BACKOFF_MAX", "PT0.2S");
        env.put("CONSOLIDATOR_SHUTDOWN_GRACE", "PT1S");
        env.put("CONSOLIDATOR_API_TOKENS", API_TOKEN);
        return env;
    }

    static Config config(Path dir, Map<String, String> overrides) {
        Map<String, String> env = env(dir);
        env.putAll(overrides);
        return Config.load(Optional.empty(), env);
    }

    static Config config(Path dir) {
        return config(dir, Map.of());
    }
}
