package dev.consolidator.github;

import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.extras.authorization.JWTTokenProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Builds {@link GitHubClient}s: one per job is the intended use (they are cheap; the installation tokens they use are
 * cached here and shared). A payload with an {@code installation} gets an installation client when an app is
 * configured; a payload without one (a plain repository webhook) uses the token.
 */
public final class GitHubClientFactory implements GitHubClients {
    /** Refresh an installation token this long before GitHub's expiry, so no clone or push runs with a dying one. */
    public static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Until the answer's headers arrive; GitHub itself gives up on a request after 10 seconds. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String apiUrl;
    private final String token;
    private final InstallationTokens installationTokens;
    private final Clock clock;
    private final TimeoutHttpConnector connector;

    private GitHubClientFactory(String apiUrl, String token, String appId, PrivateKey appKey, Clock clock,
                                Duration requestTimeout) {
        this.apiUrl = apiUrl;
        this.token = token;
        this.clock = clock;
        this.connector = new TimeoutHttpConnector(CONNECT_TIMEOUT, requestTimeout);
        this.installationTokens = appId == null ? null
                : new InstallationTokens(build(new JWTTokenProvider(appId, appKey)), clock, REFRESH_BEFORE_EXPIRY);
    }

    /** Reads the app's private key file (PKCS#1 or PKCS#8) now, so a bad key fails at startup. */
    public static GitHubClientFactory create(GitHubSettings settings, Clock clock) throws IOException {
        PrivateKey key = settings.hasApp() ? AppPrivateKeys.read(settings.privateKeyFile()) : null;
        return new GitHubClientFactory(settings.apiUrl(), settings.token(), settings.appId(), key, clock,
                REQUEST_TIMEOUT);
    }

    public static GitHubClientFactory withToken(String apiUrl, String token, Clock clock) {
        return withToken(apiUrl, token, clock, REQUEST_TIMEOUT);
    }

    static GitHubClientFactory withToken(String apiUrl, String token, Clock clock, Duration requestTimeout) {
        GitHubSettings settings = new GitHubSettings(apiUrl, token, null, null);
        return new GitHubClientFactory(settings.apiUrl(), settings.token(), null, null, clock, requestTimeout);
    }

    /** The client for a delivery: the installation's when it has one and an app is configured, else the token's. */
    @Override
    public GitHubClient forInstallation(OptionalLong installationId) {
        if (installationId.isPresent() && installationTokens != null) {
            return forInstallation(installationId.getAsLong());
        }
        return forToken();
    }

    public GitHubClient forInstallation(long installationId) {
        if (installationTokens == null) {
            throw new IllegalStateException("no GitHub App configured (CONSOLIDATOR_APP_ID)");
        }
        return client(Credentials.installation(installationTokens, installationId));
    }

    public GitHubClient forToken() {
        if (token == null) {
            throw new IllegalStateException("a payload without installation needs CONSOLIDATOR_GITHUB_TOKEN");
        }
        return client(Credentials.token(token));
    }

    public boolean hasApp() {
        return installationTokens != null;
    }

    private GitHubClient client(Credentials credentials) {
        return new KohsukeGitHubClient(build(credentials::authorization), connector, credentials,
                new GitHubErrors(clock), new KohsukeCheckRuns(clock));
    }

    /** FAIL handlers: the defaults (WAIT) would park a worker thread until the limit resets, up to an hour. */
    private GitHub build(AuthorizationProvider authorization) {
        try {
            return new GitHubBuilder()
                    .withEndpoint(apiUrl)
                    .withConnector(connector)
                    .withAuthorizationProvider(authorization)
                    .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                    .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the GitHub client for " + apiUrl, e);
        }
    }
}
