package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consolidator.webhook.EventDecoder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** config/github-app-manifest.json asks GitHub for exactly the events the server handles and the permissions it uses. */
class AppManifestTest {
    /** GitHub sends these to every App without a subscription; a manifest cannot list them. */
    static final Set<String> ALWAYS_SENT = Set.of("installation", "installation_repositories");
    /**
     * What each permission is used for: checks (check runs on phase PRs), contents (clone, push the backup, phase and
     * revert branches), issues (answers and reactions on comments, the dashboard issue), metadata (repository and collaborator
     * permission lookups), pull_requests (open phase and revert PRs, read reviews).
     */
    static final Map<String, String> USED = Map.of("checks", "write", "contents", "write", "issues", "write",
            "metadata", "read", "pull_requests", "write");
    /** The permission without which GitHub does not deliver an event to the App. */
    static final Map<String, String> EVENT_PERMISSION = Map.of("check_run", "checks", "check_suite", "checks",
            "issue_comment", "issues", "issues", "issues", "pull_request", "pull_requests", "pull_request_review", "pull_requests",
            "push", "contents");

    final JsonNode manifest = read();

    @Test
    void the_manifest_subscribes_to_precisely_the_events_the_server_handles() {
        Set<String> events = new TreeSet<>();
        manifest.path("default_events").forEach(e -> events.add(e.asText()));
        Set<String> handled = new TreeSet<>(EventDecoder.HANDLED_EVENTS);
        handled.removeAll(ALWAYS_SENT);

        assertThat(events).isEqualTo(handled);
    }

    @Test
    void the_manifest_asks_for_precisely_the_permissions_used_and_each_event_has_its_permission() {
        Map<String, String> permissions = new TreeMap<>();
        manifest.path("default_permissions").fields().forEachRemaining(e -> permissions.put(e.getKey(), e.getValue().asText()));

        assertThat(permissions).isEqualTo(new TreeMap<>(USED));
        manifest.path("default_events").forEach(e ->
                assertThat(permissions).as("the permission that delivers " + e.asText()).containsKey(EVENT_PERMISSION.get(e.asText())));
    }

    @Test
    void the_manifest_names_the_app_and_points_its_webhook_at_the_webhook_route() {
        assertThat(manifest.path("name").asText()).isNotBlank();
        assertThat(manifest.path("hook_attributes").path("url").asText()).startsWith("https://").endsWith("/webhook");
        assertThat(manifest.path("hook_attributes").path("active").asBoolean())
                .as("active of hook_attributes %s", manifest.path("hook_attributes")).isTrue();
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("config", "github-app-manifest.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
