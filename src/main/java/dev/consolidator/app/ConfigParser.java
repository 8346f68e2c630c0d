package dev.consolidator.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Turns the merged key -> text settings into a typed, validated {@link Config}. */
final class ConfigParser {
    private final Map<String, String> values;

    private ConfigParser(Map<String, String> values) {
        this.values = values;
    }

    static Config parse(Map<String, String> values) {
        ConfigParser p = new ConfigParser(values);
        Config config = new Config(
                p.integer("port", 0, 65535),
                p.required("host"),
                p.text("webhookSecret"),
                p.required("dbUrl"),
                Path.of(p.required("workDir")),
                p.httpUrl("githubApiUrl"),
                p.optional("githubToken"),
                p.optional("appId"),
                p.optional("appPrivateKeyFile").map(Path::of),
                p.bool("allowInsecureGit"),
                p.longValue("maxBodyBytes", 1, Long.MAX_VALUE),
                p.integer("workerThreads", 0, 64),
                p.integer("jobMaxAttempts", 1, 100),
                p.duration("jobBackoff"),
                p.duration("jobBackoffMax"),
                p.duration("jobLease"),
                p.duration("workerPoll"),
                p.duration("shutdownGrace"),
                p.tokens("apiTokens"),
                p.bool("metricsPublic"),
                p.oneOf("logFormat", "text", "json"),
                p.optional("dbUser"),
                p.optional("dbPassword"),
                p.duration("requestReadTimeout"),
                p.integer("httpThreads", 32, 10_000));
        if (config.appId().isPresent() != config.appPrivateKeyFile().isPresent()) {
            throw new ConfigException("GitHub App mode needs both " + Config.envName("appId") + " and "
                    + Config.envName("appPrivateKeyFile"));
        }
        if (!config.dbUrl().startsWith("jdbc:")) {
            throw new ConfigException(Config.envName("dbUrl") + " must be a JDBC URL (jdbc:...), got '" + config.dbUrl() + "'");
        }
        return config;
    }

    private String text(String key) {
        return values.getOrDefault(key, "");
    }

    private Optional<String> optional(String key) {
        String v = text(key);
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private String required(String key) {
        return optional(key).orElseThrow(() -> bad(key, "must not be empty"));
    }

    /** A comma-separated list of secrets; each at least 16 characters so a guessable token cannot guard the API. */
    private java.util.List<String> tokens(String key) {
        java.util.List<String> tokens = java.util.Arrays.stream(text(key).split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        for (String t : tokens) {
            if (t.length() < 16) {
                throw bad(key, "holds a token shorter than 16 characters (use e.g. `openssl rand -hex 32`)");
            }
        }
        return tokens;
    }

    private String oneOf(String key, String... allowed) {
        String v = required(key).toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of(allowed).contains(v)) {
            throw bad(key, "must be one of " + String.join(", ", allowed) + ", got '" + text(key) + "'");
        }
        return v;
    }

    private int integer(String key, int min, int max) {
        return (int) longValue(key, min, max);
    }

    private long longValue(String key, long min, long max) {
        try {
            long v = Long.parseLong(required(key));
            if (v < min || v > max) {
                throw bad(key, "must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(key, "is not a whole number: '" + text(key) + "'");
        }
    }

    private boolean bool(String key) {
        return switch (required(key).toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw bad(key, "must be true or false, got '" + text(key) + "'");
        };
    }

    private Duration duration(String key) {
        try {
            Duration d = Duration.parse(required(key));
            if (d.isNegative()) {
                throw bad(key, "must not be negative");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw bad(key, "is not an ISO-8601 duration like PT10S: '" + text(key) + "'");
        }
    }

    private URI httpUrl(String key) {
        String v = required(key);
        try {
            URI uri = new URI(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw bad(key, "must be an http(s) URL, got '" + v + "'");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw bad(key, "is not a URL: '" + v + "'");
        }
    }

    private static ConfigException bad(String key, String why) {
        return new ConfigException("setting " + key + " (" + Config.envName(key) + ") " + why);
    }
}
