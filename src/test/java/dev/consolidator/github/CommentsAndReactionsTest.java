package dev.consolidator.github;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentsAndReactionsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RepoRef SHOP = new RepoRef("octo-org", "shop");
    private static final String MARKER = "<!-- consolidator:reply:delivery-72d3162e -->";
    private ApiFixtures fixtures;
    private GitHubClient github;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(wm.baseUrl());
        github = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.systemUTC()).forToken();
    }

    @Test
    void eyes_reaction_is_posted_on_the_comment_without_fetching_it_first() {
        wm.stubFor(post("/repos/octo-org/shop/issues/comments/1254853699/reactions")
                .willReturn(fixtures.json(201, "reaction-eyes.json")));

        long reactionId = github.addReaction(SHOP, 1254853699L, Reaction.EYES);

        assertEquals(158437271L, reactionId);
        wm.verify(postRequestedFor(urlEqualTo("/repos/octo-org/shop/issues/comments/1254853699/reactions"))
                .withRequestBody(equalToJson("{\"content\":\"eyes\"}")));
        assertThat(wm.getAllServeEvents()).extracting(e -> e.getRequest())
                .as("one request, no GET of the comment or repository").hasSize(1);
    }

    @Test
    void our_reaction_is_removed_by_its_id_and_a_missing_one_is_fine() {
        wm.stubFor(delete("/repos/octo-org/shop/issues/comments/1254853699/reactions/158437271")
                .willReturn(aResponse().withStatus(204)));
        wm.stubFor(delete("/repos/octo-org/shop/issues/comments/1254853699/reactions/1")
                .willReturn(ApiFixtures.jsonText(404, "{\"message\":\"Not Found\"}")));

        github.removeReaction(SHOP, 1254853699L, 158437271L);
        github.removeReaction(SHOP, 1254853699L, 1L);

        wm.verify(deleteRequestedFor(urlEqualTo("/repos/octo-org/shop/issues/comments/1254853699/reactions/158437271")));
    }

    @Test
    void a_comment_is_created_on_the_issue_with_its_body() {
        wm.stubFor(post("/repos/octo-org/shop/issues/461/comments")
                .willReturn(fixtures.json(201, "comment-created.json")));

        Comment comment = github.createComment(SHOP, 461, "Phase p1 opened: #462");

        assertEquals(1254853699L, comment.id());
        assertEquals("yrodiere", comment.authorLogin());
        assertThat(comment.htmlUrl()).startsWith("https://github.com/octo-org/shop/pull/461#issuecomment-");
        wm.verify(postRequestedFor(urlEqualTo("/repos/octo-org/shop/issues/461/comments"))
                .withRequestBody(matchingJsonPath("$.body", equalTo("Phase p1 opened: #462"))));
    }

    @Test
    void a_comment_is_found_by_a_marker_on_its_own_line_but_not_in_a_quote() {
        String listed = fixtures.body("comments-list.json")
                .replace("\"First comment\"", "\"> Quoting the bot:\\n> " + MARKER + "\"")
                .replace("\"Second comment\"", "\"Phase p1 opened.\\n\\n" + MARKER + "\"");
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/issues/461/comments"))
                .willReturn(ApiFixtures.jsonText(200, listed)));

        Optional<Comment> found = github.findComment(SHOP, 461, MARKER);

        assertEquals(1254853752L, found.orElseThrow().id());
        assertEquals(Optional.empty(), github.findComment(SHOP, 461, "<!-- consolidator:reply:other -->"));
    }

    @Test
    void comment_once_does_not_post_again_when_the_marker_is_there() {
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/issues/461/comments"))
                .willReturn(ApiFixtures.jsonText(200, "[]")));
        wm.stubFor(post("/repos/octo-org/shop/issues/461/comments")
                .willReturn(fixtures.json(201, "comment-created.json")));

        github.commentOnce(SHOP, 461, MARKER, "Phase p1 opened.");

        wm.verify(postRequestedFor(urlEqualTo("/repos/octo-org/shop/issues/461/comments"))
                .withRequestBody(matchingJsonPath("$.body", equalTo(MARKER + "\nPhase p1 opened."))));

        String listed = fixtures.body("comments-list.json")
                .replace("\"Second comment\"", "\"Phase p1 opened.\\n\\n" + MARKER + "\"");
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/issues/461/comments"))
                .willReturn(ApiFixtures.jsonText(200, listed)));

        Comment again = github.commentOnce(SHOP, 461, MARKER, "Phase p1 opened.");

        assertEquals(1254853752L, again.id());
        wm.verify(1, postRequestedFor(urlEqualTo("/repos/octo-org/shop/issues/461/comments")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/repos/octo-org/shop/issues/461/comments")));
    }

    @Test
    void an_overlong_reply_is_cut_to_what_github_accepts_and_keeps_its_marker() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/issues/461/comments"))
                .willReturn(ApiFixtures.jsonText(200, "[]")));
        wm.stubFor(post("/repos/octo-org/shop/issues/461/comments")
                .willReturn(fixtures.json(201, "comment-created.json")));

        github.commentOnce(SHOP, 461, MARKER, "| a | b |\n".repeat(10_000));

        String posted = new com.fasterxml.jackson.databind.ObjectMapper().readTree(wm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("POST")).findFirst().orElseThrow()
                .getRequest().getBodyAsString()).get("body").asText();
        assertEquals(65_536, posted.length());
        assertThat(posted).startsWith(MARKER + "\n");
        assertThat(posted).endsWith("_(truncated: GitHub allows 65,536 characters)_");
    }

    @Test
    void a_comment_is_updated_in_place() {
        wm.stubFor(patch(urlEqualTo("/repos/octo-org/shop/issues/comments/1254853699"))
                .willReturn(fixtures.json(200, "comment-created.json")));

        github.updateComment(SHOP, 1254853699L, "Done.");

        wm.verify(patchRequestedFor(urlEqualTo("/repos/octo-org/shop/issues/comments/1254853699"))
                .withRequestBody(equalToJson("{\"body\":\"Done.\"}")));
    }
}
