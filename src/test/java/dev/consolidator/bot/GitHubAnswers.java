package dev.consolidator.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * GitHub's answers as {@link FakeGitHub} serves them: the recorded bodies of src/test/resources/bot/github-api moved
 * to our repository on WireMock's base URL (so github-api follows their {@code url}s back to it), with the fields of
 * the object they stand for filled in, and GitHub's headers.
 */
final class GitHubAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String owner;
    private final String repo;
    private volatile String baseUrl = "http://localhost";

    GitHubAnswers(String owner, String repo) {
        this.owner = owner;
        this.repo = repo;
    }

    String baseUrl() {
        return baseUrl;
    }

    void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String pullUrl(int number) {
        return "https://github.com/" + owner + "/" + repo + "/pull/" + number;
    }

    /** A recorded body, moved from octo-org/shop on api.github.com to this repository on this WireMock. */
    String fixture(String name) {
        try (InputStream in = GitHubAnswers.class.getResourceAsStream("/bot/github-api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("https://api.github.com", baseUrl)
                    .replace("octo-org/shop", owner + "/" + repo)
                    .replace("\"octo-org\"", "\"" + owner + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode fixtureTree(String name) {
        return tree(fixture(name));
    }

    ObjectNode issue(FakeGitHub.Issue issue) {
        String text = fixture("issue.json").replace("/issues/12", "/issues/" + issue.number());
        ObjectNode node = tree(text);
        node.put("number", issue.number());
        node.put("id", 600_000_000L + issue.number());
        node.put("title", issue.title());
        node.put("body", issue.body());
        node.put("state", issue.state());
        node.put("html_url", "https://github.com/" + owner + "/" + repo + "/issues/" + issue.number());
        ((ObjectNode) node.get("user")).put("login", issue.author()).put("type", issue.author().endsWith("[bot]") ? "Bot" : "User");
        return node;
    }

    ObjectNode pull(FakeGitHub.Pull pr, String baseSha) {
        String text = fixture("pull-created.json").replace("/pulls/273", "/pulls/" + pr.number())
                .replace("/issues/273", "/issues/" + pr.number()).replace("/pull/273", "/pull/" + pr.number());
        ObjectNode node = tree(text);
        node.put("number", pr.number());
        node.put("id", 500_000_000L + pr.number());
        node.put("title", pr.title());
        node.put("body", pr.body());
        node.put("state", pr.state());
        node.put("url", baseUrl + "/repos/" + owner + "/" + repo + "/pulls/" + pr.number());
        node.put("html_url", pullUrl(pr.number()));
        ObjectNode head = (ObjectNode) node.get("head");
        head.put("ref", pr.head());
        head.put("sha", pr.headSha());
        head.put("label", owner + ":" + pr.head());
        ObjectNode base = (ObjectNode) node.get("base");
        base.put("ref", pr.base());
        if (baseSha != null) {
            base.put("sha", baseSha);
        }
        base.put("label", owner + ":" + pr.base());
        return node;
    }

    ObjectNode comment(FakeGitHub.Comment c) {
        ObjectNode node = fixtureTree("comment-created.json");
        String api = baseUrl + "/repos/" + owner + "/" + repo;
        node.put("id", c.id());
        node.put("url", api + "/issues/comments/" + c.id());
        node.put("html_url", "https://github.com/" + owner + "/" + repo + "/pull/" + c.issue() + "#issuecomment-" + c.id());
        node.put("issue_url", api + "/issues/" + c.issue());
        node.put("body", c.body());
        ObjectNode user = (ObjectNode) node.get("user");
        user.put("login", c.author());
        user.put("type", "Bot");
        return node;
    }

    ObjectNode checkRun(FakeGitHub.CheckRun r) {
        ObjectNode node = fixtureTree(r.status().equals("completed") ? "check-run-updated.json" : "check-run-created.json");
        node.put("id", r.id());
        node.put("url", baseUrl + "/repos/" + owner + "/" + repo + "/check-runs/" + r.id());
        node.put("html_url", "https://github.com/" + owner + "/" + repo + "/runs/" + r.id());
        node.put("name", r.name());
        node.put("head_sha", r.headSha());
        node.put("status", r.status());
        node.put("conclusion", r.conclusion());
        if (r.output() != null) {
            node.set("output", r.output());
        }
        return node;
    }

    /** GitHub's headers on every answer: plenty of rate limit left. */
    static ResponseDefinition json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("X-RateLimit-Limit", "5000")
                .withHeader("X-RateLimit-Remaining", "4900")
                .withHeader("X-RateLimit-Reset", String.valueOf(Instant.now().getEpochSecond() + 3600))
                .withBody(body).build();
    }

    static ResponseDefinition notFound() {
        return json(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}");
    }

    /** GitHub's primary rate limit: 403, none remaining, and when the quota comes back (epoch seconds). */
    static ResponseDefinition rateLimit(Instant reset) {
        return aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("X-RateLimit-Limit", "5000")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Used", "5000")
                .withHeader("X-RateLimit-Resource", "core")
                .withHeader("X-RateLimit-Reset", String.valueOf(reset.getEpochSecond() + (reset.getNano() > 0 ? 1 : 0)))
                .withBody("{\"message\":\"API rate limit exceeded for user ID 1.\",\"documentation_url\":"
                        + "\"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\"}")
                .build();
    }

    static ResponseDefinition badGateway() {
        return aResponse().withStatus(502).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"message\":\"Server Error\"}").build();
    }

    static ObjectNode tree(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
