package dev.consolidator.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Decodes the payloads of the events the bot acts on into our records; a payload missing a needed field is rejected. */
public final class EventDecoder {
    /** The `X-GitHub-Event` values that become jobs; any other event is recorded as ignored. */
    public static final Set<String> HANDLED_EVENTS = Set.of("issue_comment", "pull_request", "pull_request_review",
            "check_run", "check_suite", "push", "installation", "installation_repositories", "issues");

    private EventDecoder() {
    }

    public static GitHubEvent decode(String event, String payload) {
        try {
            return decode(event, Json.MAPPER.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(event + " payload is not JSON: " + e.getOriginalMessage());
        }
    }

    public static GitHubEvent decode(String event, JsonNode p) {
        return switch (event) {
            case "issue_comment" -> new IssueCommentEvent(action(p), repository(p), installation(p), sender(p),
                    need(p, "issue", "number").asInt(), p.path("issue").hasNonNull("pull_request"),
                    need(p, "comment", "id").asLong(), need(p, "comment", "body").asText(),
                    text(p.path("comment").path("html_url")));
            case "issues" -> new IssuesEvent(action(p), repository(p), installation(p), sender(p),
                    need(p, "issue", "number").asInt(), text(p.path("issue").path("html_url")),
                    text(p.path("issue").path("body")), text(p.path("changes").path("body").path("from")),
                    text(p.path("issue").path("updated_at")));
            case "pull_request" -> {
                JsonNode pr = need(p, "pull_request");
                yield new PullRequestEvent(action(p), repository(p), installation(p), sender(p), need(p, "pull_request", "number").asInt(),
                        text(pr.path("title")), text(pr.path("state")), text(pr.path("head").path("ref")),
                        text(pr.path("head").path("sha")), text(pr.path("base").path("ref")), pr.path("merged").asBoolean(false),
                        text(pr.path("merge_commit_sha")));
            }
            case "pull_request_review" -> new PullRequestReviewEvent(action(p), repository(p), installation(p), sender(p),
                    need(p, "pull_request", "number").asInt(), need(p, "review", "id").asLong(),
                    need(p, "review", "user", "login").asText(), need(p, "review", "state").asText().toLowerCase(Locale.ROOT),
                    text(p.path("review").path("commit_id")));
            case "check_run" -> {
                JsonNode run = need(p, "check_run");
                yield new CheckRunEvent(action(p), repository(p), installation(p), sender(p), need(p, "check_run", "id").asLong(),
                        text(run.path("name")), text(run.path("head_sha")), text(run.path("status")), text(run.path("conclusion")),
                        appId(run), text(run.path("app").path("slug")), run.path("check_suite").path("id").asLong(0),
                        numbers(run.path("pull_requests")));
            }
            case "check_suite" -> {
                JsonNode suite = need(p, "check_suite");
                yield new CheckSuiteEvent(action(p), repository(p), installation(p), sender(p), need(p, "check_suite", "id").asLong(),
                        text(suite.path("head_sha")), text(suite.path("head_branch")), text(suite.path("status")),
                        text(suite.path("conclusion")), appId(suite), text(suite.path("app").path("slug")),
                        numbers(suite.path("pull_requests")));
            }
            case "push" -> new PushEvent(repository(p), installation(p), sender(p), need(p, "ref").asText(), text(p.path("before")),
                    text(p.path("after")), p.path("created").asBoolean(false), p.path("deleted").asBoolean(false));
            case "installation" -> new InstallationEvent(action(p), need(p, "installation", "id").asLong(), sender(p),
                    text(p.path("installation").path("account").path("login")), text(p.path("installation").path("account").path("type")),
                    fullNames(p.path("repositories")));
            case "installation_repositories" -> new InstallationRepositoriesEvent(action(p), need(p, "installation", "id").asLong(),
                    sender(p), text(p.path("installation").path("account").path("login")),
                    fullNames(p.path("repositories_added")), fullNames(p.path("repositories_removed")));
            default -> throw new IllegalArgumentException("not an event the bot acts on: " + event);
        };
    }

    /** "owner/name" of the payload's repository, or null (installation events have none). */
    public static String repositoryName(JsonNode p) {
        return text(p.path("repository").path("full_name"));
    }

    public static String action(JsonNode p) {
        return text(p.path("action"));
    }

    public static Long installation(JsonNode p) {
        JsonNode id = p.path("installation").path("id");
        return id.isNumber() ? id.asLong() : null;
    }

    private static RepositoryRef repository(JsonNode p) {
        JsonNode r = need(p, "repository");
        return new RepositoryRef(r.path("id").asLong(), need(p, "repository", "full_name").asText(),
                text(r.path("default_branch")), text(r.path("clone_url")), r.path("private").asBoolean(false));
    }

    private static Sender sender(JsonNode p) {
        return new Sender(need(p, "sender", "login").asText(), text(p.path("sender").path("type")));
    }

    private static JsonNode need(JsonNode p, String... path) {
        JsonNode node = p;
        for (String field : path) {
            node = node.path(field);
        }
        if (node.isMissingNode() || node.isNull()) {
            throw new IllegalArgumentException("payload has no " + String.join(".", path));
        }
        return node;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(pr -> out.add(pr.path("number").asInt()));
        return out;
    }

    private static List<String> fullNames(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(r -> out.add(r.path("full_name").asText()));
        return out;
    }

    /** The id of the app a check run or suite belongs to, if the payload says. */
    private static Long appId(JsonNode runOrSuite) {
        JsonNode id = runOrSuite.path("app").path("id");
        return id.isIntegralNumber() ? id.asLong() : null;
    }
}
