package dev.consolidator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /repos/{owner}/{repo}/collaborators/{user}/permission read by hand: github-api 1.330's GHPermission keeps only
 * the legacy {@code permission} field (admin/write/read/none), where GitHub's {@code role_name} also tells maintain
 * and triage apart. Same connector (timeouts), same credentials and same error mapping as every other call.
 */
final class CollaboratorPermissions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiUrl;
    private final TimeoutHttpConnector connector;
    private final Credentials credentials;
    private final GitHubErrors errors;

    CollaboratorPermissions(String apiUrl, TimeoutHttpConnector connector, Credentials credentials,
                            GitHubErrors errors) {
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.connector = connector;
        this.credentials = credentials;
        this.errors = errors;
    }

    /** The permission, or a {@link GitHubException} carrying GitHub's status (403 and 404 included). */
    Permission get(RepoRef repo, String login, String operation) throws IOException {
        String url = apiUrl + "/repos/" + segment(repo.owner()) + "/" + segment(repo.name()) + "/collaborators/"
                + segment(login) + "/permission";
        TimeoutHttpConnector.RawResponse response = connector.get(url, credentials.authorization());
        if (response.status() != 200) {
            throw errors.map(operation, response.status(), response.headers(), response.body(), null);
        }
        JsonNode json = JSON.readTree(response.body());
        String role = json.path("role_name").asText(null);
        return Permission.fromApi(role != null && !role.isBlank() ? role : json.path("permission").asText(null));
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
