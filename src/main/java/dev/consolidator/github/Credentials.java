package dev.consolidator.github;

import java.io.IOException;

/**
 * How a client authenticates: a fixed token, or an installation token that expires and can be fetched again
 * ({@code installationTokens} null for the fixed token).
 */
record Credentials(String fixedToken, InstallationTokens installationTokens, long installationId) {

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

    @Override
    public String toString() { // a record would print the token
        return isInstallation() ? "installation " + installationId : "token";
    }

    private String current() throws IOException {
        return isInstallation() ? installationTokens.token(installationId) : fixedToken;
    }
}
