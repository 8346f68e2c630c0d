package dev.consolidator.github;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard issue's calls: found again by its marker among issues and pull requests, created, edited in place. */
class IssuesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RepoRef SHOP = new RepoRef("octo-org", "shop");
    private static final String MARKER = "<!-- consolidator:dashboard -->";
    private ApiFixtures fixtures;
    private GitHubClient github;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(wm.baseUrl());
        github = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.systemUTC()).forToken();
    }

    @Test
    void the_issue_is_found_by_its_marker_line_among_every_issue_ignoring_quotes_and_pull_requests() {
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/issues")).willReturn(fixtures.json(200, "issues-list.json")));

        Issue found = github.findIssue(SHOP, MARKER).orElseThrow();

        assertThat(found.number()).isEqualTo(12);
        assertThat(found.state()).isEqualTo("closed");
        assertThat(found.title()).isEqualTo("Consolidation dashboard");
        wm.verify(getRequestedFor(urlPathEqualTo("/repos/octo-org/shop/issues"))
                .withQueryParam("state", equalTo("all")).withQueryParam("per_page", equalTo("100")));
        assertThat(github.findIssue(SHOP, "<!-- consolidator:another -->")).isEmpty();
    }

    @Test
    void an_issue_is_opened_with_its_title_and_body_without_fetching_the_repository() {
        wm.stubFor(post("/repos/octo-org/shop/issues").willReturn(fixtures.json(201, "issue-created.json")));

        Issue issue = github.createIssue(SHOP, "Consolidation dashboard", MARKER + "\nbody");

        assertThat(issue.number()).isEqualTo(12);
        assertThat(issue.htmlUrl()).isEqualTo("https://github.com/octo-org/shop/issues/12");
        wm.verify(postRequestedFor(urlEqualTo("/repos/octo-org/shop/issues"))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Consolidation dashboard")))
                .withRequestBody(matchingJsonPath("$.body", equalTo(MARKER + "\nbody"))));
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void the_body_is_replaced_in_place_and_an_overlong_one_is_cut() {
        wm.stubFor(patch("/repos/octo-org/shop/issues/12").willReturn(fixtures.json(200, "issue-created.json")));

        github.updateIssueBody(SHOP, 12, MARKER + "\n- [ ] apply p2");
        github.updateIssueBody(SHOP, 12, "x".repeat(70_000));

        wm.verify(patchRequestedFor(urlEqualTo("/repos/octo-org/shop/issues/12"))
                .withRequestBody(equalToJson("{\"body\":\"" + MARKER + "\\n- [ ] apply p2\"}")));
        String cut = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(cut).hasSizeLessThan(66_000).contains("truncated");
    }

    @Test
    void a_refused_creation_is_a_github_exception_with_the_status() {
        wm.stubFor(post("/repos/octo-org/shop/issues").willReturn(ApiFixtures.jsonText(410,
                "{\"message\":\"Issues are disabled for this repo\",\"documentation_url\":\"https://docs.github.com/rest/issues/issues#create-an-issue\"}")));

        assertThatThrownBy(() -> github.createIssue(SHOP, "Consolidation dashboard", "b"))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.status()).isEqualTo(410));
    }
}
