package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consolidator.webhook.WebhookSignature;
import org.awaitility.pollinterval.IterativePollInterval;
import org.awaitility.pollinterval.PollInterval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Webhook deliveries as GitHub sends them: the recorded issue_comment payload (src/test/resources/bot/webhooks)
 * adapted to our repository, comment and sender with Jackson, signed with the test secret and posted over HTTP to
 * the running server. {@link #awaitSettled} polls GET /api/deliveries until the delivery's job is done or failed.
 */
final class Deliveries {
    static final String MAINTAINER = "maintainer";
    static final int ISSUE = 7;

    record Delivery(String id, String event, byte[] body, long commentId) {
        /** A new delivery (fresh GUID) of {@code payload} as event {@code event}. */
        static Delivery of(String event, ObjectNode payload) {
            try {
                return new Delivery(UUID.randomUUID().toString(), event, JSON.writeValueAsBytes(payload), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PollInterval POLLS = new IterativePollInterval(
            d -> d.multipliedBy(3).dividedBy(2).compareTo(Duration.ofMillis(100)) > 0 ? Duration.ofMillis(100)
                    : d.multipliedBy(3).dividedBy(2), Duration.ofMillis(10));
    private static final AtomicLong COMMENT_IDS = new AtomicLong(1_900_000_001L);

    /** The operator API token BotHarness configures. */
    static final String API_TOKEN = "bot-harness-api-token-0123";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String server;
    private final WebhookSignature signature;
    private final String owner;
    private final String repo;
    private final String cloneUrl;
    private final Long installationId;

    /** {@code installationId}: the GitHub App installation payloads name, or null for plain repository webhooks. */
    Deliveries(int port, String secret, String owner, String repo, String cloneUrl, Long installationId) {
        this.server = "http://127.0.0.1:" + port;
        this.signature = new WebhookSignature(secret);
        this.owner = owner;
        this.repo = repo;
        this.cloneUrl = cloneUrl;
        this.installationId = installationId;
    }

    /** A new comment by the maintainer (a User) on pull request #7. */
    Delivery comment(String body) {
        return comment(body, MAINTAINER, "User", COMMENT_IDS.getAndIncrement());
    }

    /** The same comment once more, in a new delivery (GitHub redelivers with a new GUID). */
    Delivery redelivery(Delivery original) {
        return new Delivery(UUID.randomUUID().toString(), original.event(), original.body(), original.commentId());
    }

    /** The same comment, edited by its author into {@code body} (GitHub's issue_comment "edited" event). */
    Delivery edited(Delivery original, String body) {
        try {
            ObjectNode p = (ObjectNode) JSON.readTree(original.body());
            p.put("action", "edited");
            ((ObjectNode) p.get("comment")).put("body", body);
            p.putObject("changes").putObject("body").put("from", p.path("comment").path("body").asText());
            return new Delivery(UUID.randomUUID().toString(), original.event(), JSON.writeValueAsBytes(p), original.commentId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Delivery comment(String body, String login, String type, long commentId) {
        ObjectNode p = template("issue_comment.created.json");
        String api = "https://api.github.com/repos/" + owner + "/" + repo;
        String html = "https://github.com/" + owner + "/" + repo;
        adaptInstallation(p, installationId);

        adaptRepository((ObjectNode) p.get("repository"));

        ObjectNode issue = (ObjectNode) p.get("issue");
        issue.put("number", ISSUE);
        issue.put("url", api + "/issues/" + ISSUE);
        issue.put("html_url", html + "/pull/" + ISSUE);
        ObjectNode pr = (ObjectNode) issue.get("pull_request");
        pr.put("url", api + "/pulls/" + ISSUE);
        pr.put("html_url", html + "/pull/" + ISSUE);

        ObjectNode comment = (ObjectNode) p.get("comment");
        comment.put("id", commentId);
        comment.put("body", body);
        comment.put("url", api + "/issues/comments/" + commentId);
        comment.put("html_url", html + "/pull/" + ISSUE + "#issuecomment-" + commentId);
        comment.put("issue_url", api + "/issues/" + ISSUE);
        comment.put("author_association", "User".equals(type) ? "MEMBER" : "NONE");
        ((ObjectNode) comment.get("user")).put("login", login).put("type", type);
        ((ObjectNode) p.get("sender")).put("login", login).put("type", type);
        try {
            return new Delivery(UUID.randomUUID().toString(), "issue_comment", JSON.writeValueAsBytes(p), commentId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A pull_request event on one of the phase PRs, from the recorded closed-and-merged payload: {@code action}
     * synchronize (someone pushed {@code headSha}) or closed ({@code merged} with {@code mergeCommit}).
     */
    Delivery pullRequest(String action, int number, String headRef, String headSha, boolean merged, String mergeCommit) {
        ObjectNode p = template("pull_request.closed.json");
        adaptInstallation(p, installationId);
        p.put("action", action);
        p.put("number", number);
        adaptRepository((ObjectNode) p.get("repository"));
        ObjectNode pr = (ObjectNode) p.get("pull_request");
        pr.put("number", number);
        pr.put("state", action.equals("closed") ? "closed" : "open");
        pr.put("merged", merged);
        if (mergeCommit == null) {
            pr.putNull("merge_commit_sha");
        } else {
            pr.put("merge_commit_sha", mergeCommit);
        }
        pr.put("html_url", "https://github.com/" + owner + "/" + repo + "/pull/" + number);
        ObjectNode head = (ObjectNode) pr.get("head");
        head.put("ref", headRef).put("sha", headSha).put("label", owner + ":" + headRef);
        adaptRepository((ObjectNode) head.get("repo"));
        ObjectNode base = (ObjectNode) pr.get("base");
        base.put("ref", "main").put("label", owner + ":main");
        adaptRepository((ObjectNode) base.get("repo"));
        ((ObjectNode) p.get("sender")).put("login", MAINTAINER).put("type", "User");
        try {
            return new Delivery(UUID.randomUUID().toString(), "pull_request", JSON.writeValueAsBytes(p), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A maintainer's "Re-run" of our check run on a phase PR (GitHub's check_run rerequested event). */
    Delivery checkRunRerequested(long checkRunId, String headSha, int prNumber) {
        return checkRunRerequested(checkRunId, Long.parseLong(BotHarness.APP_ID), headSha, prNumber);
    }

    /** A "Re-run" of a check run named consolidation that belongs to app {@code appId}. */
    Delivery checkRunRerequested(long checkRunId, long appId, String headSha, int prNumber) {
        ObjectNode p = template("check_run.rerequested.json");
        adaptInstallation(p, installationId);
        p.put("action", "rerequested");
        adaptRepository((ObjectNode) p.get("repository"));
        ObjectNode run = (ObjectNode) p.get("check_run");
        run.put("id", checkRunId);
        run.put("name", "consolidation");
        ((ObjectNode) run.get("app")).put("id", appId);
        run.put("head_sha", headSha);
        run.put("status", "completed");
        ArrayNode prs = run.putArray("pull_requests");
        prs.addObject().put("number", prNumber).put("url", "https://api.github.com/repos/" + owner + "/" + repo + "/pulls/" + prNumber)
                .putObject("head").put("ref", "consolidation/x").put("sha", headSha);
        ((ObjectNode) p.get("sender")).put("login", MAINTAINER).put("type", "User");
        try {
            return new Delivery(UUID.randomUUID().toString(), "check_run", JSON.writeValueAsBytes(p), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void adaptRepository(ObjectNode repository) {
        adaptRepository(repository, owner, repo, cloneUrl);
    }

    /**
     * Points a payload at the test's GitHub App installation, or removes it (null): a plain repository webhook,
     * which the bot answers in token mode.
     */
    static void adaptInstallation(ObjectNode payload, Long installationId) {
        if (installationId == null) {
            payload.remove("installation");
        } else {
            payload.putObject("installation").put("id", installationId).put("node_id", "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u"
                    + installationId);
        }
    }

    /** Points a payload's repository object at the test's repository and its bare remote (null: nothing to do). */
    static void adaptRepository(ObjectNode repository, String owner, String repo, String cloneUrl) {
        if (repository == null) {
            return;
        }
        repository.put("name", repo);
        repository.put("full_name", owner + "/" + repo);
        repository.put("html_url", "https://github.com/" + owner + "/" + repo);
        repository.put("url", "https://api.github.com/repos/" + owner + "/" + repo);
        repository.put("clone_url", cloneUrl);
        repository.put("default_branch", "main");
        repository.put("private", false);
        ((ObjectNode) repository.get("owner")).put("login", owner);
    }

    /** Posts it signed; GitHub's headers. Returns the HTTP status. */
    int post(Delivery d) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/webhook"))
                .header("Content-Type", "application/json")
                .header("User-Agent", "GitHub-Hookshot/e2e")
                .header("X-GitHub-Event", d.event())
                .header("X-GitHub-Delivery", d.id())
                .header("X-Hub-Signature-256", signature.sign(d.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(d.body())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Posts, expects GitHub's delivery to be accepted (202), and waits until its job is done or failed. */
    String deliver(Delivery d) throws Exception {
        assertEquals(202, post(d), "the webhook endpoint accepts the signed delivery");
        return awaitSettled(d.id(), Duration.ofSeconds(30));
    }

    /** The delivery's status once it is no longer queued: done, failed or ignored. */
    String awaitSettled(String deliveryId, Duration timeout) {
        AtomicReference<String> status = new AtomicReference<>("unknown");
        // every look is an HTTP request and a query that take CPU from the job: 10 ms at first, then 1.5x up to 100 ms
        await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLLS).untilAsserted(() -> {
            status.set(status(deliveryId));
            assertThat(status.get()).as("delivery " + deliveryId + " settled").isNotIn("queued", "unknown");
        });
        return status.get();
    }

    /** Its status as GET /api/deliveries shows it, or "unknown". */
    String status(String deliveryId) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/deliveries?limit=500"))
                        .header("Authorization", "Bearer " + API_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode d : JSON.readTree(r.body())) {
            if (d.path("delivery").asText().equals(deliveryId)) {
                return d.path("status").asText();
            }
        }
        return "unknown";
    }

    /** GET on the server's operator API, e.g. /api/repos/acme/acme-batch/phases. */
    JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + path))
                        .header("Authorization", "Bearer " + API_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), "GET " + path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static ObjectNode template(String name) {
        try (InputStream in = Deliveries.class.getResourceAsStream("/bot/webhooks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
