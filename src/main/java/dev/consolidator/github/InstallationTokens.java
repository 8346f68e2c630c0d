package dev.consolidator.github;

import org.kohsuke.github.GHApp;
import org.kohsuke.github.GHAppInstallationToken;
import org.kohsuke.github.GitHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Installation access tokens of one GitHub App, one per installation id, each kept until {@code refreshBefore} its
 * expiry (GitHub issues them for one hour). Thread-safe: concurrent callers for the same installation wait for a
 * single request; other installations are not blocked.
 */
final class InstallationTokens {
    private static final Logger LOG = LoggerFactory.getLogger(InstallationTokens.class);

    private record Token(String value, Instant expiresAt) {
    }

    /** The app itself, authenticated with its JWT ({@code Bearer}). */
    private final GitHub appGitHub;
    private final Clock clock;
    private final Duration refreshBefore;
    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private volatile GHApp app;

    InstallationTokens(GitHub appGitHub, Clock clock, Duration refreshBefore) {
        this.appGitHub = appGitHub;
        this.clock = clock;
        this.refreshBefore = refreshBefore;
    }

    String token(long installationId) throws IOException {
        Token token = tokens.get(installationId);
        if (isFresh(token)) {
            return token.value();
        }
        synchronized (locks.computeIfAbsent(installationId, id -> new Object())) {
            token = tokens.get(installationId);
            if (!isFresh(token)) {
                token = create(installationId);
                tokens.put(installationId, token);
            }
            return token.value();
        }
    }

    void invalidate(long installationId) {
        tokens.remove(installationId);
    }

    private boolean isFresh(Token token) {
        return token != null && clock.instant().isBefore(token.expiresAt().minus(refreshBefore));
    }

    private Token create(long installationId) throws IOException {
        GHAppInstallationToken created = app().getInstallationById(installationId).createToken().create();
        Instant expiresAt = created.getExpiresAt() == null
                ? clock.instant().plus(Duration.ofHours(1)) : created.getExpiresAt().toInstant();
        LOG.info("Created an installation token for installation {}, expiring at {}", installationId, expiresAt);
        return new Token(created.getToken(), expiresAt);
    }

    private GHApp app() throws IOException {
        GHApp current = app;
        if (current == null) {
            current = appGitHub.getApp();
            app = current;
        }
        return current;
    }
}
