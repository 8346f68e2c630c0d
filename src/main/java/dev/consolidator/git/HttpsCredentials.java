package dev.consolidator.git;

import java.util.Objects;

/**
 * Username and password for an HTTPS remote. For GitHub: {@link #githubToken(String)}, i.e. user
 * {@code x-access-token} and an installation (or personal) token as password. {@link #toString()} never shows the
 * password, so the record may safely end up in logs and exception messages.
 */
public record HttpsCredentials(String username, String password) {
    public HttpsCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    public static HttpsCredentials githubToken(String token) {
        return new HttpsCredentials("x-access-token", token);
    }

    @Override
    public String toString() {
        return "HttpsCredentials[username=" + username + ", password=***]";
    }
}
