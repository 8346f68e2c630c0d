package dev.consolidator.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigTest {
    @Test
    void defaults_match_the_issue() {
        Config c = Config.load(Optional.empty(), Map.of());
        assertEquals(8080, c.port());
        assertEquals("jdbc:h2:file:./data/consolidator", c.dbUrl());
        assertEquals(URI.create("https://api.github.com"), c.githubApiUrl());
        assertThat(c.allowInsecureGit()).as("allowInsecureGit by default").isFalse();
        assertEquals(25L * 1024 * 1024, c.maxBodyBytes());
        assertEquals(Optional.empty(), c.githubToken());
        assertEquals("", c.webhookSecret());
    }

    @Test
    void every_setting_of_the_issue_is_overridden_by_its_environment_variable() {
        Config c = Config.load(Optional.empty(), Map.of(
                "CONSOLIDATOR_PORT", "9090",
                "CONSOLIDATOR_WEBHOOK_SECRET", "s3",
                "CONSOLIDATOR_DB_URL", "jdbc:h2:mem:x",
                "CONSOLIDATOR_WORK_DIR", "/tmp/w",
                "CONSOLIDATOR_GITHUB_API_URL", "https://ghe.example.com/api/v3/",
                "CONSOLIDATOR_GITHUB_TOKEN", "ghp_x",
                "CONSOLIDATOR_APP_ID", "123",
                "CONSOLIDATOR_APP_PRIVATE_KEY_FILE", "/keys/app.pem",
                "CONSOLIDATOR_ALLOW_INSECURE_GIT", "true",
                "CONSOLIDATOR_JOB_MAX_ATTEMPTS", "7"));
        assertEquals(9090, c.port());
        assertEquals("s3", c.webhookSecret());
        assertEquals("jdbc:h2:mem:x", c.dbUrl());
        assertEquals(Path.of("/tmp/w"), c.workDir());
        assertEquals(URI.create("https://ghe.example.com/api/v3"), c.githubApiUrl());
        assertEquals(Optional.of("ghp_x"), c.githubToken());
        assertEquals(Optional.of("123"), c.appId());
        assertEquals(Optional.of(Path.of("/keys/app.pem")), c.appPrivateKeyFile());
        assertThat(c.allowInsecureGit()).as("allowInsecureGit with CONSOLIDATOR_ALLOW_INSECURE_GIT=true").isTrue();
        assertEquals(7, c.jobMaxAttempts());
    }

    @Test
    void a_config_file_overrides_defaults_and_the_environment_overrides_the_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.yml");
        Files.writeString(file, "port: 7000\nworkerThreads: 4\njobBackoff: PT1M\n");
        Config c = Config.load(Optional.of(file), Map.of("CONSOLIDATOR_PORT", "7001"));
        assertEquals(7001, c.port());
        assertEquals(4, c.workerThreads());
        assertEquals(Duration.ofMinutes(1), c.jobBackoff());
        assertEquals("https://api.github.com", c.githubApiUrl().toString(), "keys missing from the file keep their default");
    }

    @Test
    void unknown_keys_and_malformed_values_are_one_line_errors_naming_the_setting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.yml");
        Files.writeString(file, "prot: 7000\n");
        ConfigException typo = assertThrows(ConfigException.class, () -> Config.load(Optional.of(file), Map.of()));
        assertThat(typo.getMessage()).contains("unknown setting 'prot'");

        ConfigException port = assertThrows(ConfigException.class, () -> Config.load(Optional.empty(), Map.of("CONSOLIDATOR_PORT", "http")));
        assertThat(port.getMessage()).contains("CONSOLIDATOR_PORT");
        ConfigException url = assertThrows(ConfigException.class,
                () -> Config.load(Optional.empty(), Map.of("CONSOLIDATOR_GITHUB_API_URL", "ftp://x")));
        assertThat(url.getMessage()).contains("CONSOLIDATOR_GITHUB_API_URL");
        ConfigException app = assertThrows(ConfigException.class, () -> Config.load(Optional.empty(), Map.of("CONSOLIDATOR_APP_ID", "1")));
        assertThat(app.getMessage()).contains("CONSOLIDATOR_APP_PRIVATE_KEY_FILE");
        assertThrows(ConfigException.class, () -> Config.load(Optional.of(dir.resolve("missing.yml")), Map.of()));
        for (ConfigException e : new ConfigException[] {typo, port, url, app}) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @Test
    void serve_settings_require_the_webhook_secret_and_name_its_variable() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.load(Optional.empty(), Map.of()).requireServeSettings());
        assertThat(e.getMessage()).startsWith("CONSOLIDATOR_WEBHOOK_SECRET is not set");
        assertThrows(ConfigException.class,
                () -> Config.load(Optional.empty(), Map.of("CONSOLIDATOR_WEBHOOK_SECRET", "   ")).requireServeSettings());
    }

    @Test
    void to_string_never_shows_secrets() {
        Config c = Config.load(Optional.empty(), Map.of("CONSOLIDATOR_WEBHOOK_SECRET", "hunter2", "CONSOLIDATOR_GITHUB_TOKEN", "ghp_secret"));
        assertThat(c.toString()).doesNotContain("hunter2");
        assertThat(c.toString()).doesNotContain("ghp_secret");
        assertThat(c.toString()).contains("webhookSecret=<redacted>");
    }

    @Test
    void env_names_follow_the_keys() {
        assertEquals("CONSOLIDATOR_APP_PRIVATE_KEY_FILE", Config.envName("appPrivateKeyFile"));
        assertEquals("CONSOLIDATOR_DB_URL", Config.envName("dbUrl"));
    }

    @Test
    void the_bundled_defaults_are_the_same_file_as_config_consolidator_yml() throws Exception {
        byte[] bundled;
        try (var in = Config.class.getClassLoader().getResourceAsStream(Config.BUNDLED)) {
            bundled = in.readAllBytes();
        }
        assertArrayEquals(Files.readAllBytes(Path.of("config/consolidator.yml")), bundled,
                "src/main/resources/consolidator.yml must be a copy of config/consolidator.yml");
    }

    @Test
    void zero_worker_threads_means_receive_only_and_a_negative_count_is_refused() {
        assertEquals(0, Config.load(Optional.empty(), Map.of("CONSOLIDATOR_WEBHOOK_SECRET", "s",
                "CONSOLIDATOR_WORKER_THREADS", "0")).workerThreads());
        assertThrows(ConfigException.class, () -> Config.load(Optional.empty(), Map.of("CONSOLIDATOR_WEBHOOK_SECRET", "s",
                "CONSOLIDATOR_WORKER_THREADS", "-1")));
    }
}
