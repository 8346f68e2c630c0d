package dev.consolidator.dashboard;

import java.net.URI;

/**
 * Links to GitHub's web pages from its API URL: {@code https://api.github.com} → {@code https://github.com}, and a
 * GitHub Enterprise {@code https://host/api/v3} → {@code https://host}.
 */
public record GitHubLinks(String web) {
    public static GitHubLinks forApi(URI api) {
        String s = api.toString().replaceAll("/+$", "");
        if (s.endsWith("/api/v3")) {
            return new GitHubLinks(s.substring(0, s.length() - "/api/v3".length()));
        }
        if (api.getHost() != null && api.getHost().startsWith("api.")) {
            return new GitHubLinks(api.getScheme() + "://" + api.getHost().substring(4)
                    + (api.getPort() > 0 ? ":" + api.getPort() : ""));
        }
        return new GitHubLinks(s);
    }

    public String repository(String fullName) {
        return web + "/" + fullName;
    }

    public String pull(String fullName, int number) {
        return repository(fullName) + "/pull/" + number;
    }

    public String commit(String fullName, String sha) {
        return repository(fullName) + "/commit/" + sha;
    }
}
