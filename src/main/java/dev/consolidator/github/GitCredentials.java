package dev.consolidator.github;

/**
 * User name and password for git over HTTPS: {@code x-access-token} and the installation token in app mode, the same
 * pair with the configured token in token mode. Never printed.
 */
public record GitCredentials(String username, String password) {
    @Override
    public String toString() {
        return "GitCredentials[username=" + username + ", password=***]";
    }
}
