package dev.consolidator.github;

import java.nio.file.Path;

/**
 * How to reach GitHub: the API endpoint and either a token, or a GitHub App (id and private key file), or both (the
 * token then serves payloads without an installation). Never printed with its token.
 */
public record GitHubSettings(String apiUrl, String token, String appId, Path privateKeyFile) {
    public static final String DEFAULT_API_URL = "https://api.github.com";

    public GitHubSettings {
        apiUrl = blankToNull(apiUrl) == null ? DEFAULT_API_URL : apiUrl.strip();
        token = blankToNull(token);
        appId = blankToNull(appId);
        if ((appId == null) != (privateKeyFile == null)) {
            throw new IllegalArgumentException("a GitHub App needs both an app id and a private key file");
        }
        if (token == null && appId == null) {
            throw new IllegalArgumentException("configure CONSOLIDATOR_GITHUB_TOKEN or CONSOLIDATOR_APP_ID with "
                    + "CONSOLIDATOR_APP_PRIVATE_KEY_FILE");
        }
    }

    public boolean hasApp() {
        return appId != null;
    }

    @Override
    public String toString() {
        return "GitHubSettings[apiUrl=" + apiUrl + ", token=" + (token == null ? "none" : "***") + ", appId=" + appId
                + ", privateKeyFile=" + privateKeyFile + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
