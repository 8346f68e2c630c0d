package dev.consolidator.github;

import java.io.IOException;

/** How a client authenticates: a fixed token, or an installation token that expires and can be fetched again. */
interface Credentials {

    /** The Authorization header value for the REST API. */
    String authorization() throws IOException;

    GitCredentials git() throws IOException;

    /** Whether these are a GitHub App installation's (which may use the checks API), not a personal token. */
    boolean isInstallation();

    /** Whether {@link #invalidate()} makes a later call fetch new credentials (true for installation tokens). */
    boolean canRefresh();

    void invalidate();

    static Credentials token(String token) {
        return new Credentials() {
            @Override
            public String authorization() {
                return "token " + token;
            }

            @Override
            public GitCredentials git() {
                // GitHub ignores the user name for a personal token; x-access-token keeps both modes alike
                return new GitCredentials("x-access-token", token);
            }

            @Override
            public boolean isInstallation() {
                return false;
            }

            @Override
            public boolean canRefresh() {
                return false;
            }

            @Override
            public void invalidate() {
            }
        };
    }

    static Credentials installation(InstallationTokens tokens, long installationId) {
        return new Credentials() {
            @Override
            public String authorization() throws IOException {
                return "token " + tokens.token(installationId);
            }

            @Override
            public GitCredentials git() throws IOException {
                return new GitCredentials("x-access-token", tokens.token(installationId));
            }

            @Override
            public boolean isInstallation() {
                return true;
            }

            @Override
            public boolean canRefresh() {
                return true;
            }

            @Override
            public void invalidate() {
                tokens.invalidate(installationId);
            }
        };
    }
}
