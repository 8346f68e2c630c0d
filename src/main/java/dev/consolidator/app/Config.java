package dev.consolidator.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of Consolidator. Loaded from the bundled defaults, then a YAML file (`--config FILE`, else
 * ./config/consolidator.yml when present), then environment variables named CONSOLIDATOR_ + the key in
 * UPPER_SNAKE_CASE (e.g. webhookSecret -> CONSOLIDATOR_WEBHOOK_SECRET). toString never shows secrets.
 */
public record Config(
        int port,
        String host,
        String webhookSecret,
        String dbUrl,
        Path workDir,
        URI githubApiUrl,
        Optional<String> githubToken,
        Optional<String> appId,
        Optional<Path> appPrivateKeyFile,
        boolean allowInsecureGit,
        long maxBodyBytes,
        int workerThreads,
        int jobMaxAttempts,
        Duration jobBackoff,
        Duration jobBackoffMax,
        Duration jobLease,
        Duration workerPoll,
        Duration shutdownGrace,
        java.util.List<String> apiTokens,
        boolean metricsPublic,
        String logFormat,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        Duration requestReadTimeout,
        int httpThreads) {

    public static final String BUNDLED = "consolidator.yml";
    public static final Path LOCAL_FILE = Path.of("config", "consolidator.yml");

    /** The environment variable that overrides a key, e.g. "dbUrl" -> "CONSOLIDATOR_DB_URL". */
    public static String envName(String key) {
        return "CONSOLIDATOR_" + key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** Loads with the file search described above; {@code env} is usually System.getenv(). */
    public static Config load(Optional<Path> file, Map<String, String> env) {
        Map<String, String> values = readBundled();
        Optional<Path> chosen = file.or(() -> Files.isRegularFile(LOCAL_FILE) ? Optional.of(LOCAL_FILE) : Optional.empty());
        chosen.ifPresent(path -> overlay(values, readFile(path), path.toString()));
        for (String key : values.keySet()) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv.strip());
            }
        }
        return ConfigParser.parse(values);
    }

    /** The checks that only `serve` needs: it must never accept unverified webhooks. */
    public Config requireServeSettings() {
        if (webhookSecret.isBlank()) {
            throw new ConfigException(envName("webhookSecret")
                    + " is not set: serve refuses to start without a webhook secret (set it to the secret of your GitHub App webhook)");
        }
        return this;
    }

    @Override
    public String toString() {
        return "Config[port=" + port + ", host=" + host + ", webhookSecret=" + redact(webhookSecret)
                + ", dbUrl=" + dbUrl + ", workDir=" + workDir + ", githubApiUrl=" + githubApiUrl
                + ", githubToken=" + githubToken.map(Config::redact).orElse("<none>")
                + ", appId=" + appId.orElse("<none>") + ", appPrivateKeyFile=" + appPrivateKeyFile.map(Path::toString).orElse("<none>")
                + ", allowInsecureGit=" + allowInsecureGit + ", maxBodyBytes=" + maxBodyBytes
                + ", workerThreads=" + workerThreads + ", jobMaxAttempts=" + jobMaxAttempts + ", jobBackoff=" + jobBackoff
                + ", jobBackoffMax=" + jobBackoffMax + ", jobLease=" + jobLease + ", workerPoll=" + workerPoll
                + ", shutdownGrace=" + shutdownGrace + ", apiTokens=" + (apiTokens.isEmpty() ? "<none>" : apiTokens.size() + " <redacted>")
                + ", metricsPublic=" + metricsPublic + ", logFormat=" + logFormat + ", dbUser=" + dbUser.orElse("<none>")
                + ", dbPassword=" + dbPassword.map(Config::redact).orElse("<none>")
                + ", requestReadTimeout=" + requestReadTimeout + ", httpThreads=" + httpThreads + "]";
    }

    private static String redact(String secret) {
        return secret.isEmpty() ? "<none>" : "<redacted>";
    }

    /** The bundled defaults never change in a run: read once, though a command may load the settings more than once. */
    private static Map<String, String> bundled;

    private static synchronized Map<String, String> readBundled() {
        if (bundled == null) {
            bundled = parseBundled();   // kept in file order: errors list the known keys in that order
        }
        return new LinkedHashMap<>(bundled);
    }

    private static Map<String, String> parseBundled() {
        try (InputStream in = Config.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + BUNDLED + " missing from the classpath");
            }
            try (JsonParser parser = new YAMLFactory().createParser(in)) {
                return readFlat(parser, BUNDLED);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + BUNDLED, e);
        }
    }

    private static Map<String, String> readFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("config file not found: " + path);
        }
        try (JsonParser parser = new YAMLFactory().createParser(path.toFile())) {
            return readFlat(parser, path.toString());
        } catch (IOException e) {
            throw new ConfigException("config file " + path + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * A mapping of single values, read token by token: data binding would load a few hundred classes more on every
     * start of the command line. Values read as data binding would give them ({@code True} is {@code true},
     * {@code 0x10} is {@code 16}, an empty value is "").
     */
    private static Map<String, String> readFlat(JsonParser parser, String source) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new IOException("No content to map due to end-of-input");   // as data binding says it
        }
        if (first == JsonToken.VALUE_NULL) {
            return out;
        }
        if (first != JsonToken.START_OBJECT) {
            throw new ConfigException("config file " + source + " must be a YAML mapping of settings");
        }
        String notSingle = null;   // reported once the whole file has read: a syntax error further down comes first
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                notSingle = notSingle == null ? key : notSingle;
                continue;
            }
            out.put(key, switch (value) {
                case VALUE_NULL -> "";
                case VALUE_TRUE, VALUE_FALSE -> String.valueOf(parser.getBooleanValue());
                case VALUE_NUMBER_INT -> parser.getNumberValue().toString();
                case VALUE_NUMBER_FLOAT -> String.valueOf(parser.getDoubleValue());
                default -> parser.getText().strip();
            });
        }
        if (notSingle != null) {
            throw new ConfigException("setting '" + notSingle + "' in " + source + " must be a single value");
        }
        return out;
    }

    private static void overlay(Map<String, String> values, Map<String, String> file, String source) {
        file.forEach((key, value) -> {
            if (!values.containsKey(key)) {
                throw new ConfigException("unknown setting '" + key + "' in " + source + " (known: " + String.join(", ", values.keySet()) + ")");
            }
            values.put(key, value);
        });
    }
}
