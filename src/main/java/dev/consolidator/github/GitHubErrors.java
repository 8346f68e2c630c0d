package dev.consolidator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIOException;
import org.kohsuke.github.HttpException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what github-api throws into our two exceptions. The client is built with the FAIL rate-limit and abuse-limit
 * handlers, so a primary limit arrives here as a 403 {@code HttpException} ("API rate limit reached", with the
 * response headers) and a secondary one as a 403/429 ("Abuse limit reached"); a 403 secondary limit without those
 * headers only says so in its body. 1.330 retries nothing else by itself except connection errors (twice, 100 ms
 * apart): a 502 reaches us at once and becomes retryable, so the job's retry repeats the call.
 */
final class GitHubErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    GitHubErrors(Clock clock) {
        this.clock = clock;
    }

    GitHubException map(String operation, Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof GHFileNotFoundException || failure instanceof FileNotFoundException) {
            return new GitHubException(404, githubMessage(failure.getMessage()), operation, failure);
        }
        if (failure instanceof HttpException http && http.getResponseCode() > 0) {
            return map(operation, http.getResponseCode(), headers(http), http.getMessage(), http);
        }
        if (failure instanceof IOException) {
            // no HTTP answer at all (connection refused or reset, timeout): github-api already retried twice
            return new GitHubRetryableException(-1, failure.getMessage(), operation, null, failure);
        }
        return new GitHubException(-1, String.valueOf(failure), operation, failure);
    }

    GitHubException map(String operation, int status, Map<String, List<String>> headers, String body, Throwable cause) {
        String message = githubMessage(body);
        if (status == 429 || status >= 500 || (status == 403 && isRateLimited(headers, message))) {
            return new GitHubRetryableException(status, message, operation, retryAfter(headers), cause);
        }
        return new GitHubException(status, message, operation, cause);
    }

    private static boolean isRateLimited(Map<String, List<String>> headers, String message) {
        return "0".equals(header(headers, "X-RateLimit-Remaining"))
                || header(headers, "Retry-After") != null
                || header(headers, "gh-limited-by") != null
                || (message != null && message.toLowerCase(Locale.ROOT).contains("rate limit"));
    }

    /** Retry-After (seconds or an HTTP date) first, else the primary limit's reset time when none remain. */
    Duration retryAfter(Map<String, List<String>> headers) {
        String retryAfter = header(headers, "Retry-After");
        Instant now = clock.instant();
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return nonNegative(Duration.between(now, at));
                } catch (RuntimeException notADate) {
                    return null;
                }
            }
        }
        String reset = header(headers, "X-RateLimit-Reset");
        if (reset != null && "0".equals(header(headers, "X-RateLimit-Remaining"))) {
            try {
                return nonNegative(Duration.between(now, Instant.ofEpochSecond(Long.parseLong(reset.trim()))));
            } catch (NumberFormatException ignored) {
                return null;
            }
        }
        return null;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** GitHub's {@code message} plus its validation errors, from a body that may be JSON, prefixed by a URL, or text. */
    static String githubMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        int brace = body.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode json = JSON.readTree(body.substring(brace));
                if (json != null && json.hasNonNull("message")) {
                    List<String> parts = new ArrayList<>();
                    for (JsonNode error : json.path("errors")) {
                        parts.add(error.isTextual() ? error.asText() : error.hasNonNull("message")
                                ? error.get("message").asText() : error.path("resource").asText() + " "
                                + error.path("field").asText() + " " + error.path("code").asText());
                    }
                    String message = json.get("message").asText();
                    return parts.isEmpty() ? message : message + ": " + String.join("; ", parts);
                }
            } catch (IOException | RuntimeException notJson) {
                // fall through to the raw text
            }
        }
        String text = body.strip();
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }

    private static Map<String, List<String>> headers(GHIOException e) {
        Map<String, List<String>> headers = e.getResponseHeaderFields();
        return headers == null ? Map.of() : headers;
    }

    static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** PagedIterable and friends wrap the IOException in an unchecked GHException. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (!(t instanceof IOException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof IOException ? t : thrown;
    }
}
