package dev.consolidator.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * GitHub's REST API for one repository, played by WireMock, with the state the bot's flow needs: comments, reactions,
 * pull requests and check runs exist once created and are listed afterwards, the way GitHub answers. Every answer is
 * a recorded GitHub response (src/test/resources/bot/github-api) with the fields of the object it stands for filled
 * in, and with {@code url}s pointing back here, so github-api can follow them. A test overrides one answer (502,
 * rate limit) with a higher-priority WireMock stub; everything falls through to this transformer otherwise.
 */
final class FakeGitHub implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-github";
    static final String BOT_LOGIN = "consolidator[bot]";
    /** Priority of the stub that routes to this fake; tests' overrides use a smaller (stronger) number. */
    static final int FALLBACK_PRIORITY = 10;

    record Request(String method, String path, String query, String body, int status) {
        String line() {
            return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
        }
    }

    record Comment(long id, int issue, String body, String author) {
    }

    record Reaction(long id, long commentId, String content, boolean deleted) {
    }

    record Pull(int number, String title, String head, String base, String body, String headSha, String state) {
    }

    /** An issue (not a pull request): the bot's dashboard issue, or one a test opened as a person. */
    record Issue(int number, String title, String body, String state, String author) {
    }

    /** {@code annotations}: every annotation sent with the create and each update, appended as GitHub does. */
    record CheckRun(long id, String name, String headSha, String status, String conclusion, JsonNode output,
                    List<JsonNode> annotations) {
    }

    /** A commit status as set by {@code POST /repos/{owner}/{repo}/statuses/{sha}}. */
    record Status(String sha, String state, String context, String description, String targetUrl) {
    }

    /** An answer served once, instead of the fake's, to the next request with this method and path. */
    private record CannedAnswer(String method, String path, ResponseDefinition answer) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPO_PATH = Pattern.compile("/repos/([^/]+)/([^/]+)(/.*)?");
    private static final Pattern INSTALLATION_PATH = Pattern.compile("/app/installations/(\\d+)(/access_tokens)?");
    /** The installation token this fake hands out; API calls made with it count as the app's. */
    static final String INSTALLATION_TOKEN = "ghs_e2eInstallationToken000000000000000";

    final String owner;
    final String repo;
    private final GitHubAnswers answers;
    private volatile Function<String, Optional<String>> branchHeads = b -> Optional.empty();
    private final Map<String, String> permissions = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Reaction> reactions = new ArrayList<>();
    private final List<Pull> pulls = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    /** Issues count from 1001, so the phase PRs keep the numbers the tests know (#1, #2) whatever issues exist. */
    private int nextIssue = 1001;
    private final List<CheckRun> checkRuns = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<CannedAnswer> canned = new ArrayList<>();
    private volatile Instant rateLimitedUntil = Instant.MIN;
    /** Minutes an installation token lives; under the client's five-minute margin, every call asks for a new one. */
    private volatile long tokenMinutes = 60;
    private int tokenRequestsToSkip = -1;
    private Runnable onTokenRequest;
    private long nextId = 9_000_001;

    FakeGitHub(String owner, String repo) {
        this.owner = owner;
        this.repo = repo;
        this.answers = new GitHubAnswers(owner, repo);
    }

    /** A WireMock on a free port that sends every request to {@code github} (register it per test instance). */
    static WireMockExtension extension(FakeGitHub github) {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(github)).build();
    }

    /** Routes every request to this fake; call once the server is up (stubs are reset before each test). */
    void install(WireMockExtension wm, Function<String, Optional<String>> branchHeads) {
        install(wm, wm.baseUrl(), branchHeads);
    }

    void install(Stubbing wm, String baseUrl, Function<String, Optional<String>> branchHeads) {
        answers.baseUrl(baseUrl);
        this.branchHeads = branchHeads;
        wm.stubFor(any(anyUrl()).atPriority(FALLBACK_PRIORITY).willReturn(aResponse().withTransformers(NAME)));
    }

    /** Without HTTP, for {@link InMemoryGitHub}: pull requests show the heads of the remote's branches. */
    void installInMemory(Function<String, Optional<String>> branchHeads) {
        this.branchHeads = branchHeads;
    }

    /** GitHub's permission for a login: admin, maintain, write, triage, read (default admin for everyone). */
    void permission(String login, String role) {
        permissions.put(login, role);
    }

    /** A maintainer closes the pull request on GitHub (without merging it). */
    synchronized void close(int number) {
        for (int i = 0; i < pulls.size(); i++) {
            Pull p = pulls.get(i);
            if (p.number() == number) {
                pulls.set(i, new Pull(p.number(), p.title(), p.head(), p.base(), p.body(), p.headSha(), "closed"));
            }
        }
    }

    /** The next {@code method path} request gets this answer (502, rate limit...) once; later ones the usual one. */
    synchronized void answerOnce(String method, String path, ResponseDefinition answer) {
        canned.add(new CannedAnswer(method, path, answer));
    }

    /**
     * Primary rate limit until {@code until}: every request gets GitHub's 403 with X-RateLimit-Remaining 0 and the
     * reset time, as GitHub does for a token that has used its hourly quota.
     */
    void rateLimitedUntil(Instant until) {
        this.rateLimitedUntil = until;
    }

    /** Installation tokens that expire within the client's refresh margin: every call asks for a new one. */
    void shortLivedTokens() {
        tokenMinutes = 1;
    }

    /**
     * The {@code skip + 1}-th installation token request from now runs {@code action} before it is answered: what
     * happens on GitHub while the bot is between two calls (with {@link #shortLivedTokens}, every call).
     */
    synchronized void onTokenRequest(int skip, Runnable action) {
        tokenRequestsToSkip = skip;
        onTokenRequest = action;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    // ---- what GitHub saw, for assertions -----------------------------------------------------------------------

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized List<Comment> comments() {
        return List.copyOf(comments);
    }

    /** Comments the bot posted (every comment in this fake is the bot's: the commands arrive as webhooks). */
    synchronized List<Comment> comments(int issue) {
        return comments.stream().filter(c -> c.issue() == issue).toList();
    }

    synchronized List<Reaction> reactions() {
        return List.copyOf(reactions);
    }

    synchronized List<Pull> pulls() {
        return List.copyOf(pulls);
    }

    synchronized List<Issue> issues() {
        return List.copyOf(issues);
    }

    /** A person edits an issue's description on GitHub (e.g. ticks a box); returns the issue as it was before. */
    synchronized Issue editIssue(int number, String body) {
        for (int i = 0; i < issues.size(); i++) {
            Issue was = issues.get(i);
            if (was.number() == number) {
                issues.set(i, new Issue(number, was.title(), body, was.state(), was.author()));
                return was;
            }
        }
        throw new IllegalArgumentException("no issue #" + number);
    }

    synchronized List<CheckRun> checkRuns() {
        return List.copyOf(checkRuns);
    }

    synchronized List<Status> statuses() {
        return List.copyOf(statuses);
    }

    /** Every request in order, one per line, for assertion messages. */
    synchronized String transcript() {
        StringBuilder sb = new StringBuilder();
        requests.forEach(r -> sb.append("  ").append(r.line()).append('\n'));
        return sb.length() == 0 ? "  (no request)\n" : sb.toString();
    }

    /** The html_url GitHub gives the comment. */
    String commentUrl(Comment c) {
        return answers.comment(c).path("html_url").asText();
    }

    String pullUrl(int number) {
        return answers.pullUrl(number);
    }

    // ---- the API ------------------------------------------------------------------------------------------------

    /**
     * The next request {@code method path} (e.g. "POST /repos/o/r/pulls") is held, outside the lock so other callers
     * go on, until {@code release} completes; {@code arrived} completes when it comes in. It is then answered 502
     * and changes nothing: a call that reached GitHub from a process that died waiting for it.
     */
    void holdNext(String methodAndPath, java.util.concurrent.CompletableFuture<Void> arrived,
                  java.util.concurrent.CompletableFuture<Void> release) {
        hold = new Hold(methodAndPath, arrived, release);
    }

    private record Hold(String methodAndPath, java.util.concurrent.CompletableFuture<Void> arrived,
                        java.util.concurrent.CompletableFuture<Void> release) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Hold> holdRef = new java.util.concurrent.atomic.AtomicReference<>();
    private volatile Hold hold;

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        Hold h = hold;
        String url = request.getUrl();
        String methodAndPath = request.getMethod().getName() + " " + (url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?')));
        if (h != null && h.methodAndPath().equals(methodAndPath) && holdRef.compareAndSet(null, h)) {
            hold = null;
            h.arrived().complete(null);
            h.release().join();
            return GitHubAnswers.json(502, "{\"message\":\"Server Error\"}");
        }
        return answer(request.getMethod().getName(), url, request.getBodyAsString(),
                request.header("Authorization").isPresent() ? request.header("Authorization").firstValue() : null);
    }

    /**
     * One REST request as GitHub gets it, over HTTP (WireMock) or straight from {@link InMemoryGitHub}: the same
     * state, the same answers, the same transcript.
     */
    synchronized ResponseDefinition answer(String method, String url, String body, String authorization) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? null : url.substring(q + 1);
        ResponseDefinition answer;
        Optional<CannedAnswer> once = canned.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).findFirst();
        Instant limit = rateLimitedUntil;
        try {
            if (Instant.now().isBefore(limit)) {
                answer = GitHubAnswers.rateLimit(limit);
            } else if (once.isPresent()) {
                canned.remove(once.get());
                answer = once.get().answer();
            } else {
                answer = route(method, path, queryParameters(query), authorization, body);
            }
        } catch (IOException | RuntimeException e) {
            answer = GitHubAnswers.json(500, "{\"message\":\"fake GitHub failed: " + e.toString().replace("\"", "'") + "\"}");
        }
        requests.add(new Request(method, path, query, body, answer.getStatus()));
        return answer;
    }

    private ResponseDefinition route(String method, String path, Map<String, String> query, String authorization,
                                     String body) throws IOException {
        if (path.startsWith("/app")) {
            return app(method, path);
        }
        Matcher m = REPO_PATH.matcher(path);
        if (!m.matches() || !m.group(1).equals(owner) || !m.group(2).equals(repo)) {
            return GitHubAnswers.notFound();
        }
        String rest = m.group(3) == null ? "" : m.group(3);
        String[] p = rest.isEmpty() ? new String[0] : rest.substring(1).split("/");
        String route = method + " " + rest.replaceAll("/\\d+", "/{n}").replaceAll("/collaborators/[^/]+/", "/collaborators/{login}/")
                .replaceAll("/commits/[^/]+/", "/commits/{sha}/").replaceAll("/statuses/[^/]+$", "/statuses/{sha}");
        boolean personalToken = authorization != null && authorization.startsWith("token ghp_");
        if (personalToken && route.matches("(POST|PATCH) /check-runs.*")) {
            // GitHub's checks API is for GitHub Apps only
            return GitHubAnswers.json(403, "{\"message\":\"You must authenticate via a GitHub App.\",\"documentation_url\":"
                    + "\"https://docs.github.com/rest/checks/runs#create-a-check-run\"}");
        }
        return switch (route) {
            case "GET " -> GitHubAnswers.json(200, answers.fixture("repository.json"));
            case "GET /collaborators/{login}/permission" -> permission(decode(p[1]));
            case "POST /issues/comments/{n}/reactions" -> addReaction(Long.parseLong(p[2]), JSON.readTree(body));
            case "DELETE /issues/comments/{n}/reactions/{n}" -> deleteReaction(Long.parseLong(p[4]));
            case "GET /issues/{n}/comments" -> listComments(Integer.parseInt(p[1]));
            case "POST /issues/{n}/comments" -> createComment(Integer.parseInt(p[1]), JSON.readTree(body));
            case "PATCH /issues/comments/{n}" -> updateComment(Long.parseLong(p[2]), JSON.readTree(body));
            case "GET /issues" -> listIssues();
            case "POST /issues" -> createIssue(JSON.readTree(body));
            case "PATCH /issues/{n}" -> updateIssue(Integer.parseInt(p[1]), JSON.readTree(body));
            case "GET /pulls" -> listPulls(query.get("head"), query.getOrDefault("state", "open"));
            case "POST /pulls" -> createPull(JSON.readTree(body));
            case "PATCH /pulls/{n}" -> updatePull(Integer.parseInt(p[1]), JSON.readTree(body));
            case "GET /pulls/{n}" -> pulls.stream().filter(pr -> pr.number() == Integer.parseInt(p[1])).findFirst()
                    .map(pr -> GitHubAnswers.json(200, answers.pull(pr, branchHeads.apply(pr.base()).orElse(null)).toString())).orElseGet(GitHubAnswers::notFound);
            case "POST /check-runs" -> createCheckRun(JSON.readTree(body));
            case "PATCH /check-runs/{n}" -> updateCheckRun(Long.parseLong(p[1]), JSON.readTree(body));
            case "GET /commits/{sha}/check-runs" -> listCheckRuns(p[1]);
            case "POST /statuses/{sha}" -> createStatus(p[1], JSON.readTree(body));
            default -> GitHubAnswers.notFound();
        };
    }

    /** The app's own endpoints (JWT): itself, an installation, and a one-hour installation token. */
    private ResponseDefinition app(String method, String path) {
        if (method.equals("GET") && path.equals("/app")) {
            return GitHubAnswers.json(200, answers.fixture("app.json"));
        }
        Matcher m = INSTALLATION_PATH.matcher(path);
        if (!m.matches()) {
            return GitHubAnswers.notFound();
        }
        if (method.equals("GET") && m.group(2) == null) {
            ObjectNode installation = answers.fixtureTree("installation.json");
            installation.put("id", Long.parseLong(m.group(1)));
            installation.put("access_tokens_url", answers.baseUrl() + path + "/access_tokens");
            return GitHubAnswers.json(200, installation.toString());
        }
        if (method.equals("POST") && m.group(2) != null) {
            if (onTokenRequest != null && tokenRequestsToSkip-- == 0) {
                Runnable action = onTokenRequest;
                onTokenRequest = null;
                action.run();
            }
            ObjectNode token = answers.fixtureTree("access-token.json");
            token.put("token", INSTALLATION_TOKEN);
            token.put("expires_at", Instant.now().plus(java.time.Duration.ofMinutes(tokenMinutes)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            return GitHubAnswers.json(201, token.toString());
        }
        return GitHubAnswers.notFound();
    }

    private ResponseDefinition createStatus(String sha, JsonNode request) {
        Status status = new Status(sha, request.path("state").asText(), request.path("context").asText("default"),
                request.path("description").asText(null), request.path("target_url").asText(null));
        statuses.add(status);
        ObjectNode answer = answers.fixtureTree("status-created.json");
        answer.put("id", nextId++);
        answer.put("url", answers.baseUrl() + "/repos/" + owner + "/" + repo + "/statuses/" + sha);
        answer.put("state", status.state());
        answer.put("context", status.context());
        answer.put("description", status.description());
        answer.put("target_url", status.targetUrl());
        return GitHubAnswers.json(201, answer.toString());
    }

    private ResponseDefinition permission(String login) throws IOException {
        String role = permissions.getOrDefault(login, "admin");
        String legacy = switch (role) {
            case "maintain" -> "write";
            case "triage" -> "read";
            default -> role;
        };
        ObjectNode answer = answers.fixtureTree(legacy.equals("read") ? "permission-read.json" : "permission-admin.json");
        answer.put("permission", legacy);
        answer.put("role_name", role);
        ((ObjectNode) answer.get("user")).put("login", login);
        return GitHubAnswers.json(200, answer.toString());
    }

    private ResponseDefinition addReaction(long commentId, JsonNode request) throws IOException {
        String content = request.path("content").asText();
        Optional<Reaction> existing = reactions.stream()
                .filter(r -> r.commentId() == commentId && r.content().equals(content) && !r.deleted()).findFirst();
        Reaction reaction = existing.orElseGet(() -> new Reaction(nextId++, commentId, content, false));
        if (existing.isEmpty()) {
            reactions.add(reaction);
        }
        ObjectNode answer = answers.fixtureTree("reaction-eyes.json");
        answer.put("id", reaction.id());
        answer.put("content", content);
        return GitHubAnswers.json(existing.isPresent() ? 200 : 201, answer.toString()); // GitHub: 200 when it already existed
    }

    private ResponseDefinition deleteReaction(long reactionId) {
        for (int i = 0; i < reactions.size(); i++) {
            Reaction r = reactions.get(i);
            if (r.id() == reactionId && !r.deleted()) {
                reactions.set(i, new Reaction(r.id(), r.commentId(), r.content(), true));
                return aResponse().withStatus(204).build();
            }
        }
        return GitHubAnswers.notFound();
    }

    private ResponseDefinition listComments(int issue) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (Comment c : comments(issue)) {
            list.add(answers.comment(c));
        }
        return GitHubAnswers.json(200, list.toString());
    }

    private ResponseDefinition createComment(int issue, JsonNode request) throws IOException {
        Comment c = new Comment(nextId++, issue, request.path("body").asText(), BOT_LOGIN);
        comments.add(c);
        return GitHubAnswers.json(201, answers.comment(c).toString());
    }

    private ResponseDefinition updateComment(long id, JsonNode request) throws IOException {
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            if (c.id() == id) {
                Comment updated = new Comment(id, c.issue(), request.path("body").asText(), c.author());
                comments.set(i, updated);
                return GitHubAnswers.json(200, answers.comment(updated).toString());
            }
        }
        return GitHubAnswers.notFound();
    }

    /** Every issue, newest first (GitHub's default order); this fake's pull requests are not listed among them. */
    private ResponseDefinition listIssues() {
        ArrayNode list = JSON.createArrayNode();
        for (int i = issues.size() - 1; i >= 0; i--) {
            list.add(answers.issue(issues.get(i)));
        }
        return GitHubAnswers.json(200, list.toString());
    }

    private ResponseDefinition createIssue(JsonNode request) {
        Issue issue = new Issue(nextIssue++, request.path("title").asText(), request.path("body").asText(null), "open", BOT_LOGIN);
        issues.add(issue);
        return GitHubAnswers.json(201, answers.issue(issue).toString());
    }

    private ResponseDefinition updateIssue(int number, JsonNode request) {
        for (int i = 0; i < issues.size(); i++) {
            Issue was = issues.get(i);
            if (was.number() == number) {
                Issue now = new Issue(number, request.path("title").asText(was.title()), request.path("body").asText(was.body()),
                        request.path("state").asText(was.state()), was.author());
                issues.set(i, now);
                return GitHubAnswers.json(200, answers.issue(now).toString());
            }
        }
        return GitHubAnswers.notFound();
    }

    private ResponseDefinition listPulls(String head, String state) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (Pull pr : pulls) {
            boolean headMatches = head == null || head.equals(owner + ":" + pr.head());
            boolean stateMatches = "all".equals(state) || pr.state().equals(state);
            if (headMatches && stateMatches) {
                list.add(answers.pull(pr, branchHeads.apply(pr.base()).orElse(null)));
            }
        }
        return GitHubAnswers.json(200, list.toString());
    }

    private ResponseDefinition createPull(JsonNode request) throws IOException {
        String head = request.path("head").asText();
        String base = request.path("base").asText();
        if (pulls.stream().anyMatch(pr -> pr.head().equals(head) && pr.state().equals("open"))) {
            return GitHubAnswers.json(422, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"code\":\"custom\","
                    + "\"message\":\"A pull request already exists for " + owner + ":" + head + ".\"}],"
                    + "\"documentation_url\":\"https://docs.github.com/rest/pulls/pulls#create-a-pull-request\"}");
        }
        Optional<String> headSha = branchHeads.apply(head);
        if (headSha.isEmpty() || branchHeads.apply(base).isEmpty()) {
            // what GitHub answers when the branch was not pushed first
            return GitHubAnswers.json(422, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"field\":\""
                    + (headSha.isEmpty() ? "head" : "base") + "\",\"code\":\"invalid\"}],"
                    + "\"documentation_url\":\"https://docs.github.com/rest/pulls/pulls#create-a-pull-request\"}");
        }
        Pull pr = new Pull(pulls.size() + 1, request.path("title").asText(), head, base, request.path("body").asText(),
                headSha.get(), "open");
        pulls.add(pr);
        return GitHubAnswers.json(201, answers.pull(pr, branchHeads.apply(pr.base()).orElse(null)).toString());
    }

    /** Edits a pull request's title or body; its head is the branch's current commit, as GitHub shows it. */
    private ResponseDefinition updatePull(int number, JsonNode request) throws IOException {
        for (int i = 0; i < pulls.size(); i++) {
            Pull p = pulls.get(i);
            if (p.number() == number) {
                Pull updated = new Pull(number, request.path("title").asText(p.title()), p.head(), p.base(),
                        request.path("body").asText(p.body()), branchHeads.apply(p.head()).orElse(p.headSha()), p.state());
                pulls.set(i, updated);
                return GitHubAnswers.json(200, answers.pull(updated, branchHeads.apply(p.base()).orElse(null)).toString());
            }
        }
        return GitHubAnswers.notFound();
    }

    private ResponseDefinition createCheckRun(JsonNode request) throws IOException {
        CheckRun run = new CheckRun(nextId++, request.path("name").asText(), request.path("head_sha").asText(),
                request.path("status").asText("queued"), request.path("conclusion").asText(null), request.get("output"),
                appended(List.of(), request));
        checkRuns.add(run);
        return GitHubAnswers.json(201, answers.checkRun(run).toString());
    }

    private ResponseDefinition updateCheckRun(long id, JsonNode request) throws IOException {
        for (int i = 0; i < checkRuns.size(); i++) {
            CheckRun r = checkRuns.get(i);
            if (r.id() == id) {
                CheckRun updated = new CheckRun(id, request.path("name").asText(r.name()), r.headSha(),
                        request.path("status").asText(r.status()), request.path("conclusion").asText(r.conclusion()),
                        request.has("output") ? request.get("output") : r.output(), appended(r.annotations(), request));
                checkRuns.set(i, updated);
                return GitHubAnswers.json(200, answers.checkRun(updated).toString());
            }
        }
        return GitHubAnswers.notFound();
    }

    private static List<JsonNode> appended(List<JsonNode> before, JsonNode request) {
        List<JsonNode> all = new ArrayList<>(before);
        request.path("output").path("annotations").forEach(all::add);
        return List.copyOf(all);
    }

    private ResponseDefinition listCheckRuns(String sha) throws IOException {
        ArrayNode runs = JSON.createArrayNode();
        for (CheckRun r : checkRuns) {
            if (r.headSha().equals(sha)) {
                runs.add(answers.checkRun(r));
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("total_count", runs.size());
        answer.set("check_runs", runs);
        return GitHubAnswers.json(200, answer.toString());
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new java.util.HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                parameters.putIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String segment) {
        return java.net.URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
