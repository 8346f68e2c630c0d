package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.consolidator.github.CheckAnnotation;
import dev.consolidator.github.CheckRun;
import dev.consolidator.github.CheckRunRequest;
import dev.consolidator.github.CheckRunResult;
import dev.consolidator.github.Comment;
import dev.consolidator.github.CommitStatus;
import dev.consolidator.github.GitCredentials;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.GitHubClients;
import dev.consolidator.github.GitHubException;
import dev.consolidator.github.GitHubRetryableException;
import dev.consolidator.github.Issue;
import dev.consolidator.github.NewPullRequest;
import dev.consolidator.github.Permission;
import dev.consolidator.github.PullRequest;
import dev.consolidator.github.Reaction;
import dev.consolidator.github.RepoRef;
import dev.consolidator.github.RepositoryInfo;
import dev.consolidator.github.Review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Our {@link GitHubClient} on {@link FakeGitHub}'s state, without HTTP: GitHub itself cannot run here, so the bot's
 * flows talk to this stand-in at our own interface. Each call is the REST request the real client sends for it (same
 * method, path, query and JSON fields, follow-up PATCHes for annotations beyond 50), answered in-process by the fake
 * (permissions, 404s, canned 502s and rate limits included, and recorded in its transcript), and the answer becomes
 * our records, or our exceptions as the real client maps them: 429, 5xx and rate-limited 403s are retryable with
 * GitHub's wait, a 403/404 on a permission is {@link Permission#NONE}, a pull request that already exists is looked
 * up. The HTTP, JSON binding and token requests of the real client are what the github/ tests and the few WireMock
 * flows (see {@link BotTestSupport#overHttp}) keep exercising.
 */
final class InMemoryGitHub implements GitHubClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_CHARS = 65_536;
    private static final String BODY_NOTE = "\n\n_(truncated: GitHub allows 65,536 characters)_";
    private static final int MAX_OUTPUT_CHARS = 65_535;
    private static final int ANNOTATIONS_PER_REQUEST = 50;

    /** Refresh an installation token this long before it expires, as the real client does. */
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final FakeGitHub github;
    /** Null for a client on the personal token. */
    private final InstallationTokens tokens;
    private final long installationId;
    private final String token;

    private InMemoryGitHub(FakeGitHub github, InstallationTokens tokens, long installationId, String token) {
        this.github = github;
        this.tokens = tokens;
        this.installationId = installationId;
        this.token = token;
    }

    /** As {@code GitHubClientFactory}: the installation's client when the payload names one and an app is set up. */
    static GitHubClients clients(FakeGitHub github, boolean app, String personalToken) {
        InstallationTokens tokens = new InstallationTokens(github);
        return installationId -> app && installationId.isPresent()
                ? new InMemoryGitHub(github, tokens, installationId.getAsLong(), FakeGitHub.INSTALLATION_TOKEN)
                : new InMemoryGitHub(github, null, -1, personalToken);
    }

    /**
     * The app's installation tokens, shared by every client as the real factory shares them: the app is looked up
     * once, a token is created on first use and again once it is within five minutes of its expiry (with the fake's
     * short-lived tokens, before every request), each through the app's own requests.
     */
    private static final class InstallationTokens {
        private final FakeGitHub github;
        private boolean appKnown;
        private final java.util.Map<Long, Instant> expiries = new java.util.HashMap<>();

        InstallationTokens(FakeGitHub github) {
            this.github = github;
        }

        synchronized void fresh(String operation, long installationId) {
            Instant expiry = expiries.get(installationId);
            if (expiry != null && Instant.now().isBefore(expiry.minus(REFRESH_BEFORE_EXPIRY))) {
                return;
            }
            if (!appKnown) {
                appRequest(operation, "GET", "/app");
                appKnown = true;
            }
            appRequest(operation, "GET", "/app/installations/" + installationId);
            JsonNode created = appRequest(operation, "POST", "/app/installations/" + installationId + "/access_tokens");
            expiries.put(installationId, Instant.parse(created.path("expires_at").asText()));
        }

        private JsonNode appRequest(String operation, String method, String url) {
            ResponseDefinition answer = github.answer(method, url, "", "Bearer app-jwt");
            if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                return read(answer.getBody());
            }
            throw failure(operation, answer.getStatus(), answer, answer.getBody());
        }
    }

    @Override
    public RepositoryInfo repository(RepoRef repo) {
        JsonNode r = call("get repository " + repo, "GET", repo, "", null);
        return new RepositoryInfo(r.path("full_name").asText(), r.path("default_branch").asText(),
                r.path("clone_url").asText(), r.path("html_url").asText(), r.path("private").asBoolean());
    }

    @Override
    public Permission permission(RepoRef repo, String login) {
        try {
            JsonNode answer = call("get permission of " + login + " on " + repo, "GET", repo,
                    "/collaborators/" + encode(login) + "/permission", null);
            String role = answer.path("role_name").asText(null);
            return Permission.fromApi(role != null && !role.isBlank() ? role : answer.path("permission").asText(null));
        } catch (GitHubException e) {
            if (!e.isRetryable() && (e.status() == 403 || e.status() == 404)) {
                return Permission.NONE;
            }
            throw e;
        }
    }

    @Override
    public long addReaction(RepoRef repo, long commentId, Reaction reaction) {
        ObjectNode body = JSON.createObjectNode().put("content", reaction.apiName());
        return call("react " + reaction.apiName() + " to comment " + commentId + " on " + repo, "POST", repo,
                "/issues/comments/" + commentId + "/reactions", body).path("id").asLong();
    }

    @Override
    public void removeReaction(RepoRef repo, long commentId, long reactionId) {
        try {
            call("remove reaction " + reactionId + " from comment " + commentId + " on " + repo, "DELETE", repo,
                    "/issues/comments/" + commentId + "/reactions/" + reactionId, null);
        } catch (GitHubException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public Comment createComment(RepoRef repo, int issueNumber, String body) {
        return comment(call("comment on #" + issueNumber + " of " + repo, "POST", repo,
                "/issues/" + issueNumber + "/comments", JSON.createObjectNode().put("body", capBody(body))));
    }

    @Override
    public Optional<Comment> findComment(RepoRef repo, int issueNumber, String marker) {
        String wanted = marker.strip();
        JsonNode list = call("find comment " + wanted + " on #" + issueNumber + " of " + repo, "GET", repo,
                "/issues/" + issueNumber + "/comments?per_page=100", null);
        for (JsonNode c : list) {
            String body = c.path("body").asText(null);
            if (body != null && body.lines().anyMatch(line -> line.strip().equals(wanted))) {
                return Optional.of(comment(c));
            }
        }
        return Optional.empty();
    }

    @Override
    public void updateComment(RepoRef repo, long commentId, String body) {
        call("update comment " + commentId + " on " + repo, "PATCH", repo, "/issues/comments/" + commentId,
                JSON.createObjectNode().put("body", capBody(body)));
    }

    @Override
    public Optional<Issue> findIssue(RepoRef repo, String marker) {
        String wanted = marker.strip();
        JsonNode list = call("find issue " + wanted + " on " + repo, "GET", repo, "/issues?state=all&per_page=100", null);
        Issue oldest = null;
        for (JsonNode i : list) {
            String body = i.path("body").asText(null);
            boolean marked = body != null && body.lines().anyMatch(line -> line.strip().equals(wanted));
            if (marked && !i.has("pull_request") && (oldest == null || i.path("number").asInt() < oldest.number())) {
                oldest = issue(i);
            }
        }
        return Optional.ofNullable(oldest);
    }

    @Override
    public Issue createIssue(RepoRef repo, String title, String body) {
        return issue(call("open issue \"" + title + "\" on " + repo, "POST", repo, "/issues",
                JSON.createObjectNode().put("title", title).put("body", capBody(body))));
    }

    @Override
    public void updateIssueBody(RepoRef repo, int number, String body) {
        call("update the body of issue #" + number + " on " + repo, "PATCH", repo, "/issues/" + number,
                JSON.createObjectNode().put("body", capBody(body)));
    }

    private static Issue issue(JsonNode i) {
        return new Issue(i.path("number").asInt(), i.path("html_url").asText(null), i.path("title").asText(null),
                i.path("body").asText(null), i.path("state").asText(null));
    }

    @Override
    public Optional<PullRequest> findPullRequestByHead(RepoRef repo, String branch, boolean anyState) {
        JsonNode list = call("find pull request from " + branch + " on " + repo, "GET", repo, "/pulls?head="
                + encode(repo.owner() + ":" + branch) + "&state=" + (anyState ? "all" : "open") + "&per_page=100", null);
        PullRequest newest = null;
        for (JsonNode pr : list) {
            PullRequest found = pullRequest(pr);
            if (found.isOpen()) {
                return Optional.of(found);
            }
            newest = newest == null || found.number() > newest.number() ? found : newest;
        }
        return Optional.ofNullable(newest);
    }

    @Override
    public PullRequest createPullRequest(RepoRef repo, NewPullRequest request) {
        ObjectNode body = JSON.createObjectNode().put("title", request.title()).put("head", request.head())
                .put("base", request.base()).put("body", capBody(request.body()))
                .put("maintainer_can_modify", true).put("draft", false);
        try {
            return pullRequest(call("open pull request from " + request.head() + " on " + repo, "POST", repo,
                    "/pulls", body));
        } catch (GitHubException e) {
            // a retry after a lost answer: GitHub says "A pull request already exists for owner:branch."
            if (e.status() == 422 && e.githubMessage() != null && e.githubMessage().contains("already exists")) {
                return findPullRequestByHead(repo, request.head(), false).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public PullRequest pullRequest(RepoRef repo, int number) {
        return pullRequest(call("get pull request #" + number + " of " + repo, "GET", repo, "/pulls/" + number, null));
    }

    @Override
    public void updatePullRequestBody(RepoRef repo, int number, String body) {
        String operation = "update the description of #" + number + " on " + repo;
        // github-api reads the pull request, then edits it
        call(operation, "GET", repo, "/pulls/" + number, null);
        call(operation, "PATCH", repo, "/pulls/" + number, JSON.createObjectNode().put("body", capBody(body)));
    }

    @Override
    public List<Review> reviews(RepoRef repo, int number) {
        String operation = "list reviews of #" + number + " on " + repo;
        JsonNode list = call(operation, "GET", repo, "/pulls/" + number + "/reviews?per_page=100", null);
        List<Review> reviews = new ArrayList<>();
        for (JsonNode r : list) {
            String submitted = r.path("submitted_at").asText(null);
            reviews.add(new Review(r.path("id").asLong(), r.path("user").path("login").asText(),
                    r.path("state").isNull() ? null : r.path("state").asText().toUpperCase(Locale.ROOT),
                    r.path("commit_id").asText(null), submitted == null ? null : Instant.parse(submitted)));
        }
        return reviews;
    }

    @Override
    public long createCheckRun(RepoRef repo, CheckRunRequest request) {
        ObjectNode body = started(request).put("status", "in_progress");
        return call("create check run " + request.name() + " on " + repo, "POST", repo, "/check-runs", body)
                .path("id").asLong();
    }

    @Override
    public long createCompletedCheckRun(RepoRef repo, CheckRunRequest request, CheckRunResult result) {
        String operation = "create check run " + request.name() + " on " + repo;
        ObjectNode body = started(request);
        List<CheckAnnotation> rest = finish(body, result);
        long id = call(operation, "POST", repo, "/check-runs", body).path("id").asLong();
        annotateFurther(operation, repo, id, result, rest);
        return id;
    }

    @Override
    public Optional<CheckRun> findCheckRun(RepoRef repo, String headSha, String name) {
        JsonNode answer = call("find check run " + name + " on " + repo, "GET", repo, "/commits/" + headSha
                + "/check-runs?check_name=" + encode(name) + "&per_page=100", null);
        JsonNode newest = null;
        for (JsonNode run : answer.path("check_runs")) {
            if (name.equals(run.path("name").asText()) && (newest == null
                    || run.path("id").asLong() > newest.path("id").asLong())) {
                newest = run;
            }
        }
        return Optional.ofNullable(newest).map(run -> new CheckRun(run.path("id").asLong(), run.path("name").asText(),
                run.path("head_sha").asText(), run.path("status").asText(null), run.path("conclusion").asText(null),
                run.path("html_url").asText(null)));
    }

    @Override
    public void completeCheckRun(RepoRef repo, long checkRunId, CheckRunResult result) {
        String operation = "complete check run " + checkRunId + " on " + repo;
        ObjectNode body = JSON.createObjectNode();
        List<CheckAnnotation> rest = finish(body, result);
        call(operation, "PATCH", repo, "/check-runs/" + checkRunId, body);
        annotateFurther(operation, repo, checkRunId, result, rest);
    }

    @Override
    public boolean reportsCheckRuns() {
        return tokens != null;
    }

    @Override
    public void setCommitStatus(RepoRef repo, String sha, CommitStatus status) {
        ObjectNode body = JSON.createObjectNode().put("state", status.state().name().toLowerCase(Locale.ROOT))
                .put("target_url", status.targetUrl()).put("description", status.description())
                .put("context", status.context());
        call("set status " + status.context() + " " + status.state() + " on " + sha + " of " + repo, "POST", repo,
                "/statuses/" + sha, body);
    }

    @Override
    public GitCredentials gitCredentials() {
        if (tokens != null) {
            tokens.fresh("get git credentials", installationId);
        }
        return new GitCredentials("x-access-token", token);
    }

    // ---- the REST requests github-api sends for check runs -----------------------------------------------------

    private static ObjectNode started(CheckRunRequest request) {
        ObjectNode body = JSON.createObjectNode().put("name", request.name()).put("head_sha", request.headSha())
                .put("started_at", now());
        if (request.detailsUrl() != null) {
            body.put("details_url", request.detailsUrl());
        }
        if (request.externalId() != null) {
            body.put("external_id", request.externalId());
        }
        return body;
    }

    /** Completes {@code body} with the result and its first 50 annotations; returns the ones left for PATCHes. */
    private static List<CheckAnnotation> finish(ObjectNode body, CheckRunResult result) {
        body.put("status", "completed").put("conclusion", result.conclusion().name().toLowerCase(Locale.ROOT))
                .put("completed_at", now());
        ObjectNode output = output(result, true);
        List<CheckAnnotation> all = result.annotations();
        int first = Math.min(all.size(), ANNOTATIONS_PER_REQUEST);
        annotations(output, all.subList(0, first));
        body.set("output", output);
        return all.subList(first, all.size());
    }

    private void annotateFurther(String operation, RepoRef repo, long id, CheckRunResult result,
                                 List<CheckAnnotation> rest) {
        for (int from = 0; from < rest.size(); from += ANNOTATIONS_PER_REQUEST) {
            ObjectNode output = output(result, false);
            annotations(output, rest.subList(from, Math.min(rest.size(), from + ANNOTATIONS_PER_REQUEST)));
            ObjectNode body = JSON.createObjectNode();
            body.set("output", output);
            call(operation, "PATCH", repo, "/check-runs/" + id, body);
        }
    }

    private static ObjectNode output(CheckRunResult result, boolean withText) {
        ObjectNode output = JSON.createObjectNode().put("title", result.title()).put("summary", capOutput(result.summary()));
        if (withText && result.text() != null) {
            output.put("text", capOutput(result.text()));
        }
        return output;
    }

    private static void annotations(ObjectNode output, List<CheckAnnotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        ArrayNode list = output.putArray("annotations");
        for (CheckAnnotation a : annotations) {
            ObjectNode node = list.addObject().put("path", a.path()).put("start_line", a.startLine())
                    .put("end_line", a.endLine()).put("annotation_level", a.level().name().toLowerCase(Locale.ROOT))
                    .put("message", a.message());
            if (a.title() != null) {
                node.put("title", a.title());
            }
        }
    }

    // ---- one request, its answer, and the real client's reading of it ------------------------------------------

    private JsonNode call(String operation, String method, RepoRef repo, String rest, JsonNode body) {
        String url = "/repos/" + repo.owner() + "/" + repo.name() + rest;
        if (tokens != null) {
            tokens.fresh(operation, installationId);
        }
        ResponseDefinition answer = github.answer(method, url, body == null ? "" : body.toString(), "token " + token);
        String text = answer.getBody();
        int status = answer.getStatus();
        if (status >= 200 && status < 300) {
            return read(text);
        }
        throw failure(operation, status, answer, text);
    }

    /** As the real client's error mapping: what may go away later is retryable, with GitHub's wait when it said. */
    private static GitHubException failure(String operation, int status, ResponseDefinition answer, String text) {
        String message = read(text).path("message").asText(null);
        List<String> errors = new ArrayList<>();
        for (JsonNode error : read(text).path("errors")) {
            errors.add(error.isTextual() ? error.asText() : error.hasNonNull("message") ? error.get("message").asText()
                    : error.path("resource").asText() + " " + error.path("field").asText() + " " + error.path("code").asText());
        }
        if (message != null && !errors.isEmpty()) {
            message = message + ": " + String.join("; ", errors);
        }
        String remaining = header(answer, "X-RateLimit-Remaining");
        String retryAfter = header(answer, "Retry-After");
        boolean rateLimited = "0".equals(remaining) || retryAfter != null
                || (message != null && message.toLowerCase(Locale.ROOT).contains("rate limit"));
        if (status == 429 || status >= 500 || (status == 403 && rateLimited)) {
            return new GitHubRetryableException(status, message, operation, wait(retryAfter, remaining,
                    header(answer, "X-RateLimit-Reset")), null);
        }
        return new GitHubException(status, message, operation, null);
    }

    private static Duration wait(String retryAfter, String remaining, String reset) {
        if (retryAfter != null) {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
        }
        if (reset != null && "0".equals(remaining)) {
            Duration d = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(reset.trim())));
            return d.isNegative() ? Duration.ZERO : d;
        }
        return null;
    }

    private static String header(ResponseDefinition answer, String name) {
        if (answer.getHeaders() == null) {
            return null;
        }
        HttpHeader header = answer.getHeaders().getHeader(name);
        return header.isPresent() ? header.firstValue() : null;
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Comment comment(JsonNode c) {
        return new Comment(c.path("id").asLong(), c.path("html_url").asText(null), c.path("body").asText(null),
                c.path("user").path("login").asText(null));
    }

    private static PullRequest pullRequest(JsonNode pr) {
        // merged_at is in list answers too, as the real client reads it
        boolean merged = !pr.path("merged_at").isMissingNode() && !pr.path("merged_at").isNull();
        return new PullRequest(pr.path("number").asInt(), pr.path("html_url").asText(null),
                "open".equals(pr.path("state").asText()) ? PullRequest.State.OPEN : PullRequest.State.CLOSED,
                pr.path("head").path("ref").asText(), pr.path("head").path("sha").asText(),
                pr.path("base").path("ref").asText(), merged, merged ? pr.path("merge_commit_sha").asText(null) : null);
    }

    private static String capBody(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS - BODY_NOTE.length()) + BODY_NOTE;
    }

    private static String capOutput(String text) {
        if (text == null || text.length() <= MAX_OUTPUT_CHARS) {
            return text;
        }
        String note = "\n\n(truncated)";
        return text.substring(0, MAX_OUTPUT_CHARS - note.length()) + note;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
