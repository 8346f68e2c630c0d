package dev.consolidator.github;

import java.io.IOException;

/** How a client authenticates: a fixed token, or an installation token that expires and can be fetched again. */
final class Credentials {
    private final String token;
    private final InstallationTokens installationTokens;
    private final long installationId;

    private Credentials(String token, InstallationTokens installationTokens, long installationId) {
        this.token = token;
        this.installationTokens = installationTokens;
        this.installationId = installationId;
    }

    static Credentials token(String token) {
        return new Credentials(token, null, 0);
    }

    static Credentials installation(InstallationTokens tokens, long installationId) {
        return new Credentials(null, tokens, installationId);
    }

    /** The Authorization header value for the REST API. */
    String authorization() throws IOException {
        return "token " + current();
    }

    GitCredentials git() throws IOException {
        // GitHub ignores the user name for a personal token; x-access-token keeps both modes alike
        return new GitCredentials("x-access-token", current());
    }

    /**
     * Whether these are a GitHub App installation's (which may use the checks API), not a personal token; only
     * those are fetched again after {@link #invalidate()}.
     */
    boolean isInstallation() {
        return installationTokens != null;
    }

    void invalidate() {
        if (isInstallation()) {
            installationTokens.invalidate(installationId);
        }
    }

    private String current() throws IOException {
        return isInstallation() ? installationTokens.token(installationId) : token;
    }
}
