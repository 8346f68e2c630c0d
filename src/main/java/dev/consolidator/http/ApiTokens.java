package dev.consolidator.http;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens that may read what the server knows about repositories (/api, /metrics, /dashboard, detailed
 * health). No tokens configured means those routes are closed, not open. Tokens are compared in constant time,
 * each against every configured token, so neither a match's position nor a prefix leaks through timing.
 */
public final class ApiTokens {
    private static final String BEARER = "Bearer ";

    private final List<byte[]> tokens;

    public ApiTokens(List<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** false: no token is configured, so nobody can be let in. */
    public boolean enabled() {
        return !tokens.isEmpty();
    }

    /** true when the request carries {@code Authorization: Bearer <a configured token>}. */
    public boolean allows(Context ctx) {
        return presented(ctx.header("Authorization")).map(this::matches).orElse(false);
    }

    /** Compares the presented token with every configured one, without stopping at the first match. */
    public boolean matches(String presented) {
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        boolean any = false;
        for (byte[] token : tokens) {
            any |= MessageDigest.isEqual(token, given);
        }
        return any;
    }

    static Optional<String> presented(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }
}
