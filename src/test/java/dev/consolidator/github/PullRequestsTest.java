package dev.consolidator.github;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PullRequestsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RepoRef SHOP = new RepoRef("octo-org", "shop");
    private ApiFixtures fixtures;
    private GitHubClient github;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(wm.baseUrl());
        github = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.systemUTC()).forToken();
    }

    @Test
    void a_pull_request_is_opened_with_title_head_base_and_body() {
        wm.stubFor(post("/repos/octo-org/shop/pulls").willReturn(fixtures.json(201, "pull-created.json")));

        PullRequest pr = github.createPullRequest(SHOP,
                new NewPullRequest("Consolidation p1: Move billing", "test/stable", "main", "Moves billing."));

        assertEquals(new PullRequest(273, "https://github.com/octo-org/shop/pull/273", PullRequest.State.OPEN,
                "test/stable", "2d29c787b46ce61b98a1c13e05e21ebc21f49dbf", "main", false, null), pr);
        wm.verify(postRequestedFor(urlEqualTo("/repos/octo-org/shop/pulls"))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Consolidation p1: Move billing")))
                .withRequestBody(matchingJsonPath("$.head", equalTo("test/stable")))
                .withRequestBody(matchingJsonPath("$.base", equalTo("main")))
                .withRequestBody(matchingJsonPath("$.body", equalTo("Moves billing."))));
        assertThat(wm.getAllServeEvents()).extracting(e -> e.getRequest())
                .as("no GET of the repository before the POST").hasSize(1);
    }

    @Test
    void an_open_pull_request_is_found_by_its_head_branch() {
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/pulls"))
                .willReturn(ApiFixtures.jsonText(200, "[" + fixtures.body("pull-created.json") + "]")));

        Optional<PullRequest> found = github.findPullRequestByHead(SHOP, "test/stable", false);

        assertEquals(273, found.orElseThrow().number());
        wm.verify(getRequestedFor(urlPathEqualTo("/repos/octo-org/shop/pulls"))
                .withQueryParam("head", equalTo("octo-org:test/stable"))
                .withQueryParam("state", equalTo("open")));
    }

    @Test
    void no_pull_request_for_a_branch_without_one() {
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/pulls")).willReturn(ApiFixtures.jsonText(200, "[]")));

        assertEquals(Optional.empty(), github.findPullRequestByHead(SHOP, "consolidation/p9", true));
        wm.verify(getRequestedFor(urlPathEqualTo("/repos/octo-org/shop/pulls")).withQueryParam("state", equalTo("all")));
    }

    @Test
    void a_merged_pull_request_is_found_among_closed_ones_with_its_merge_commit() {
        String merged = fixtures.body("pull-closed.json")
                .replace("\"merged\": false", "\"merged\": true")
                .replace("\"merged_at\": null", "\"merged_at\": \"2026-11-21T10:00:00Z\"");
        String listed = merged.replace("\"mergeable_state\": \"clean\",", "").replace("\"merged\": true,", "");
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/pulls")).willReturn(ApiFixtures.jsonText(200, "[" + listed + "]")));
        wm.stubFor(get("/repos/octo-org/shop/pulls/272").willReturn(ApiFixtures.jsonText(200, merged)));

        PullRequest pr = github.findPullRequestByHead(SHOP, "test/stable", true).orElseThrow();

        assertThat(pr).matches(PullRequest::merged, "merged");
        assertEquals("2412eecb9529e754f13c02e853bbf0e3c896a4d4", pr.mergeCommitSha());
        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop/pulls/272"))); // github-api completes list items
    }

    @Test
    void a_pull_request_that_already_exists_is_returned_instead_of_failing() {
        wm.stubFor(post("/repos/octo-org/shop/pulls").willReturn(ApiFixtures.jsonText(422,
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"code\":\"custom\","
                        + "\"message\":\"A pull request already exists for octo-org:test/stable.\"}],"
                        + "\"documentation_url\":\"https://docs.github.com/rest/pulls/pulls#create-a-pull-request\"}")));
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/pulls"))
                .willReturn(ApiFixtures.jsonText(200, "[" + fixtures.body("pull-created.json") + "]")));

        PullRequest pr = github.createPullRequest(SHOP, new NewPullRequest("t", "test/stable", "main", "b"));

        assertEquals(273, pr.number());
    }

    @Test
    void a_pull_request_is_read_by_number_with_its_refs() {
        wm.stubFor(get("/repos/octo-org/shop/pulls/309").willReturn(fixtures.json(200, "pull-open.json")));

        PullRequest pr = github.pullRequest(SHOP, 309);

        assertEquals("test/mergeable_branch", pr.headRef());
        assertEquals("b036909fcf45565c82c888ee326ebd0e382f6173", pr.headSha());
        assertEquals("main", pr.baseRef());
        assertThat(pr).matches(PullRequest::isOpen, "open");
        assertThat(pr).matches(p -> !p.merged(), "not merged");
        assertNull(pr.mergeCommitSha(), "the test merge commit of an open PR is not a merge");
    }

    @Test
    void a_merged_pull_request_reports_its_merge_commit() {
        String merged = fixtures.body("pull-closed.json")
                .replace("\"merged\": false", "\"merged\": true")
                .replace("\"merged_at\": null", "\"merged_at\": \"2026-11-21T10:00:00Z\"");
        wm.stubFor(get("/repos/octo-org/shop/pulls/272").willReturn(ApiFixtures.jsonText(200, merged)));

        PullRequest pr = github.pullRequest(SHOP, 272);

        assertEquals(PullRequest.State.CLOSED, pr.state());
        assertThat(pr).matches(PullRequest::merged, "merged");
        assertEquals("2412eecb9529e754f13c02e853bbf0e3c896a4d4", pr.mergeCommitSha());
    }

    @Test
    void a_closed_unmerged_pull_request_is_not_merged() {
        wm.stubFor(get("/repos/octo-org/shop/pulls/272").willReturn(fixtures.json(200, "pull-closed.json")));

        PullRequest pr = github.pullRequest(SHOP, 272);

        assertEquals(PullRequest.State.CLOSED, pr.state());
        assertThat(pr).matches(p -> !p.merged(), "not merged");
        assertNull(pr.mergeCommitSha());
    }

    @Test
    void reviews_are_listed_with_reviewer_state_and_commit() {
        wm.stubFor(get("/repos/octo-org/shop/pulls/309").willReturn(fixtures.json(200, "pull-open.json")));
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/pulls/309/reviews"))
                .willReturn(fixtures.json(200, "reviews-list.json")));
        wm.stubFor(get("/users/kohsuke").willReturn(ApiFixtures.jsonText(200,
                fixtures.body("permission-admin.json").replaceAll("(?s).*\"user\": (\\{.*\\})\\s*}\\s*$", "$1"))));

        List<Review> reviews = github.reviews(SHOP, 309);

        assertEquals(List.of(new Review(80, "kohsuke", "APPROVED", "b036909fcf45565c82c888ee326ebd0e382f6173",
                Instant.parse("2026-11-20T17:00:00Z"))), reviews);
    }
}
