package dev.consolidator.dashboard;

import dev.consolidator.http.ApiTokens;
import io.javalin.http.Context;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Who may read the dashboard: a caller with an API token ({@code Authorization: Bearer}), or a browser holding the
 * session cookie the login form sets from one. The cookie never holds the token: it holds an expiry and
 * {@code HMAC-SHA256(token, "consolidator-dashboard:" + expiry)}, checked against every configured token in
 * constant time, so it dies with its expiry or when its token is removed from the configuration, and it works on
 * every replica without server-side sessions.
 */
public final class DashboardAccess {
    public static final String COOKIE = "consolidator_dashboard";
    static final Duration SESSION = Duration.ofHours(12);
    private static final String PURPOSE = "consolidator-dashboard:";

    private final ApiTokens tokens;
    private final List<byte[]> keys;
    private final Clock clock;

    public DashboardAccess(ApiTokens tokens, List<String> configuredTokens, Clock clock) {
        this.tokens = tokens;
        this.keys = configuredTokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        this.clock = clock;
    }

    public boolean enabled() {
        return tokens.enabled();
    }

    /** A bearer token or a valid, unexpired session cookie. */
    public boolean allows(Context ctx) {
        return tokens.allows(ctx) || Optional.ofNullable(ctx.cookie(COOKIE)).map(this::validSession).orElse(false);
    }

    /** The cookie value for a presented token, or empty when it is not a configured token. */
    public Optional<String> sessionFor(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank() || !tokens.matches(presentedToken.strip())) {
            return Optional.empty();
        }
        long expires = clock.instant().plus(SESSION).getEpochSecond();
        byte[] key = presentedToken.strip().getBytes(StandardCharsets.UTF_8);
        return Optional.of(expires + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, expires)));
    }

    boolean validSession(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expires;
        byte[] given;
        try {
            expires = Long.parseLong(value.substring(0, dot));
            given = Base64.getUrlDecoder().decode(value.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (expires < clock.instant().getEpochSecond()) {
            return false;
        }
        boolean any = false;
        for (byte[] key : keys) {
            any |= MessageDigest.isEqual(mac(key, expires), given);
        }
        return any;
    }

    private static byte[] mac(byte[] key, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((PURPOSE + expires).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
