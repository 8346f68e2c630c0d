package dev.consolidator.github;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GitHubErrorsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RepoRef SHOP = new RepoRef("octo-org", "shop");
    private static final String COMMENTS = "/repos/octo-org/shop/issues/461/comments";
    private static final String MARKER = "<!-- consolidator:reply:delivery-1 -->";
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    private ApiFixtures fixtures;
    private GitHubClient github;

    /** Loads github-api, Jackson and the HTTP client once, so the timed calls below measure waiting, not class loading. */
    @BeforeAll
    static void warmUp() {
        wm.stubFor(get("/repos/octo-org/warm").willReturn(ApiFixtures.jsonText(429, "{\"message\":\"warm\"}")));
        GitHubClient client = GitHubClientFactory.withToken(wm.baseUrl(), "t", Clock.systemUTC()).forToken();
        assertThrows(GitHubRetryableException.class, () -> client.repository(new RepoRef("octo-org", "warm")));
    }

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(wm.baseUrl());
        github = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.fixed(NOW, ZoneOffset.UTC)).forToken();
    }

    @Test
    void a_502_is_retryable_and_the_job_retry_posts_the_comment_once() {
        wm.stubFor(get(urlPathEqualTo(COMMENTS)).willReturn(ApiFixtures.jsonText(200, "[]")));
        wm.stubFor(post(COMMENTS).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Server Error\"}"))
                .willSetStateTo("recovered"));
        wm.stubFor(post(COMMENTS).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(fixtures.json(201, "comment-created.json")));

        GitHubRetryableException first = assertThrows(GitHubRetryableException.class,
                () -> github.commentOnce(SHOP, 461, MARKER, "Phase p1 opened."));
        assertEquals(502, first.status());
        assertEquals("Server Error", first.githubMessage());
        assertEquals(Duration.ofSeconds(10), first.suggestedDelay(1));
        assertEquals(Duration.ofSeconds(20), first.suggestedDelay(2));
        assertEquals(Duration.ofMinutes(10), first.suggestedDelay(20));
        wm.verify(1, postRequestedFor(urlEqualTo(COMMENTS))); // github-api 1.330 does not retry a 502 itself

        Comment comment = github.commentOnce(SHOP, 461, MARKER, "Phase p1 opened.");

        assertEquals(1254853699L, comment.id());
        wm.verify(2, postRequestedFor(urlEqualTo(COMMENTS)));
    }

    @Test
    void a_502_that_created_the_comment_anyway_is_not_posted_again_on_retry() {
        String listed = fixtures.body("comments-list.json")
                .replace("\"Second comment\"", "\"Phase p1 opened.\\n\\n" + MARKER + "\"");
        wm.stubFor(get(urlPathEqualTo(COMMENTS)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ApiFixtures.jsonText(200, "[]")));
        wm.stubFor(post(COMMENTS).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withBody("<html><title>Unicorn!</title></html>")
                        .withHeader("Content-Type", "text/html"))
                .willSetStateTo("created"));
        wm.stubFor(get(urlPathEqualTo(COMMENTS)).inScenario("lost").whenScenarioStateIs("created")
                .willReturn(ApiFixtures.jsonText(200, listed)));

        assertThrows(GitHubRetryableException.class, () -> github.commentOnce(SHOP, 461, MARKER, "Phase p1 opened."));
        Comment comment = github.commentOnce(SHOP, 461, MARKER, "Phase p1 opened.");

        assertEquals(1254853752L, comment.id());
        wm.verify(1, postRequestedFor(urlEqualTo(COMMENTS)));
    }

    @Test
    void an_exhausted_rate_limit_fails_at_once_with_the_reset_time() {
        wm.stubFor(get("/repos/octo-org/shop").willReturn(ApiFixtures.jsonText(403,
                        "{\"message\":\"API rate limit exceeded for installation ID 13064215.\",\"documentation_url\":"
                                + "\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}")
                .withHeader("X-RateLimit-Limit", "5000")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", String.valueOf(NOW.plusSeconds(1800).getEpochSecond()))));

        GitHubRetryableException e = failsFast(() -> github.repository(SHOP));

        assertEquals(403, e.status());
        assertEquals(Optional.of(Duration.ofMinutes(30)), e.retryAfter());
        wm.verify(1, getRequestedFor(urlEqualTo("/repos/octo-org/shop")));
    }

    @Test
    void a_429_fails_at_once_with_its_retry_after() {
        wm.stubFor(post(COMMENTS).willReturn(ApiFixtures.jsonText(429,
                        "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before "
                                + "you try again.\"}")
                .withHeader("Retry-After", "60")));

        GitHubRetryableException e = failsFast(() -> github.createComment(SHOP, 461, "hello"));

        assertEquals(429, e.status());
        assertEquals(Optional.of(Duration.ofSeconds(60)), e.retryAfter());
        assertEquals(Duration.ofSeconds(60), e.suggestedDelay(3), "GitHub's word beats our backoff");
        wm.verify(1, postRequestedFor(urlEqualTo(COMMENTS)));
    }

    @Test
    void a_secondary_limit_403_with_only_its_message_is_retryable() {
        wm.stubFor(post(COMMENTS).willReturn(ApiFixtures.jsonText(403,
                "{\"message\":\"You have exceeded a secondary rate limit and have been temporarily blocked from "
                        + "content creation. Please retry your request again later.\"}")));

        GitHubRetryableException e = failsFast(() -> github.createComment(SHOP, 461, "hello"));

        assertEquals(Optional.empty(), e.retryAfter());
    }

    @Test
    void a_422_is_not_retryable_and_carries_githubs_message() {
        wm.stubFor(post("/repos/octo-org/shop/pulls").willReturn(ApiFixtures.jsonText(422,
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"field\":\"base\","
                        + "\"code\":\"invalid\"}],\"documentation_url\":\"https://docs.github.com/rest/pulls\"}")));

        GitHubException e = assertThrows(GitHubException.class,
                () -> github.createPullRequest(SHOP, new NewPullRequest("t", "consolidation/p1", "nope", "b")));

        assertThat(e).matches(x -> !x.isRetryable(), "not retryable");
        assertEquals(422, e.status());
        assertEquals("Validation Failed: PullRequest base invalid", e.githubMessage());
        assertThat(e.getMessage()).contains("HTTP 422");
    }

    @Test
    void an_unreachable_github_is_retryable() {
        wm.stubFor(get("/repos/octo-org/shop").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        GitHubRetryableException e = assertThrows(GitHubRetryableException.class, () -> github.repository(SHOP));

        assertEquals(-1, e.status());
    }

    @Test
    void a_github_that_never_answers_times_out_as_retryable() {
        wm.stubFor(get("/repos/octo-org/shop").willReturn(fixtures.json(200, "repository.json").withFixedDelay(5_000)));
        GitHubClient impatient = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.systemUTC(),
                Duration.ofMillis(300)).forToken();

        // a client that waited the 5 s would get the repository: throwing is the proof it gave up
        GitHubRetryableException e = assertThrows(GitHubRetryableException.class, () -> impatient.repository(SHOP));

        assertEquals(-1, e.status());
    }

    @Test
    void no_library_exception_escapes() {
        wm.stubFor(get(urlPathEqualTo(COMMENTS)).willReturn(ApiFixtures.jsonText(500, "{\"message\":\"boom\"}")));

        RuntimeException e = assertThrows(RuntimeException.class, () -> github.findComment(SHOP, 461, MARKER));

        assertInstanceOf(GitHubRetryableException.class, e, "paged listings wrap errors in GHException");
    }

    private static GitHubRetryableException failsFast(Executable call) {
        long start = System.nanoTime();
        GitHubRetryableException e = assertThrows(GitHubRetryableException.class, call);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // the library's own handlers would sleep a minute or more; the bound is far from both
        assertThat(took).as("waited instead of failing").isLessThan(Duration.ofSeconds(20));
        return e;
    }
}
