package dev.consolidator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KohsukeCheckRunsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RepoRef SHOP = new RepoRef("octo-org", "shop");
    private static final String HEAD = "89a9ae301e35e667756034fdc933b1fc94f63fc1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private ApiFixtures fixtures;
    private GitHubClient github;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(wm.baseUrl());
        github = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.systemUTC()).forToken();
        wm.stubFor(post("/repos/octo-org/shop/check-runs").willReturn(fixtures.json(201, "check-run-created.json")));
        wm.stubFor(patch("/repos/octo-org/shop/check-runs/1424883037")
                .willReturn(fixtures.json(200, "check-run-updated.json")));
    }

    @Test
    void a_check_run_starts_in_progress_on_the_head_commit() throws Exception {
        long id = github.createCheckRun(SHOP, new CheckRunRequest("consolidation", HEAD,
                "https://consolidator.example/runs/7", "phase:p1"));

        assertEquals(1424883037L, id);
        JsonNode body = bodies("POST").get(0);
        assertEquals("consolidation", body.get("name").asText());
        assertEquals(HEAD, body.get("head_sha").asText());
        assertEquals("in_progress", body.get("status").asText());
        assertEquals("https://consolidator.example/runs/7", body.get("details_url").asText());
        assertEquals("phase:p1", body.get("external_id").asText());
    }

    @Test
    void completing_with_120_annotations_sends_them_50_per_request() throws Exception {
        long id = github.createCheckRun(SHOP, new CheckRunRequest("consolidation", HEAD, null, null));

        github.completeCheckRun(SHOP, id, failureWith(120));

        assertThat(bodies("POST")).hasSize(1);
        List<JsonNode> patches = bodies("PATCH");
        assertEquals(List.of(50, 50, 20), patches.stream().map(p -> p.at("/output/annotations").size()).toList());
        JsonNode first = patches.get(0);
        assertEquals("completed", first.get("status").asText());
        assertEquals("failure", first.get("conclusion").asText());
        assertEquals("3 problems", first.at("/output/title").asText());
        assertEquals("Validation found problems.", first.at("/output/summary").asText());
        assertEquals("details", first.at("/output/text").asText());
        JsonNode annotation = first.at("/output/annotations/0");
        assertEquals("src/main/java/shop/Billing0.java", annotation.get("path").asText());
        assertEquals(1, annotation.get("start_line").asInt());
        assertEquals(3, annotation.get("end_line").asInt());
        assertEquals("failure", annotation.get("annotation_level").asText());
        assertEquals("still refers to shop.Billing", annotation.get("message").asText());
        assertEquals("Stale reference", annotation.get("title").asText());
        assertEquals("src/main/java/shop/Billing119.java", patches.get(2).at("/output/annotations/19/path").asText());
        assertThat(patches).as("every batch repeats the output title and summary GitHub requires")
                .allMatch(p -> p.at("/output/title").asText().equals("3 problems"));
    }

    @Test
    void a_completed_check_run_created_at_once_with_120_annotations_is_1_post_and_2_patches() throws Exception {
        github.createCompletedCheckRun(SHOP, new CheckRunRequest("consolidation", HEAD, null, null), failureWith(120));

        List<JsonNode> posts = bodies("POST");
        List<JsonNode> patches = bodies("PATCH");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).at("/output/annotations")).hasSize(50);
        assertEquals("completed", posts.get(0).get("status").asText());
        assertEquals(List.of(50, 20), patches.stream().map(p -> p.at("/output/annotations").size()).toList());
    }

    @Test
    void an_overlong_summary_is_cut_to_what_github_accepts() throws Exception {
        long id = github.createCheckRun(SHOP, new CheckRunRequest("consolidation", HEAD, null, null));

        github.completeCheckRun(SHOP, id, new CheckRunResult(CheckRunResult.Conclusion.SUCCESS, "ok",
                "x".repeat(70_000), null, List.of()));

        String summary = bodies("PATCH").get(0).at("/output/summary").asText();
        assertEquals(KohsukeCheckRuns.MAX_OUTPUT_CHARS, summary.length());
        assertThat(summary).endsWith("(truncated)");
    }

    @Test
    void a_check_run_is_found_by_head_commit_and_name() {
        String list = "{\"total_count\":1,\"check_runs\":[" + fixtures.body("check-run-created.json") + "]}";
        wm.stubFor(get(urlPathEqualTo("/repos/octo-org/shop/commits/" + HEAD + "/check-runs"))
                .willReturn(ApiFixtures.jsonText(200, list)));

        CheckRun run = github.findCheckRun(SHOP, HEAD, "foo").orElseThrow();

        assertEquals(new CheckRun(1424883037L, "foo", HEAD, "in_progress", null, run.htmlUrl()), run);
        wm.verify(getRequestedFor(urlPathEqualTo("/repos/octo-org/shop/commits/" + HEAD + "/check-runs"))
                .withQueryParam("check_name", equalTo("foo")));
    }

    private static CheckRunResult failureWith(int count) {
        List<CheckAnnotation> annotations = IntStream.range(0, count)
                .mapToObj(i -> new CheckAnnotation("src/main/java/shop/Billing" + i + ".java", 1, 3,
                        CheckAnnotation.Level.FAILURE, "still refers to shop.Billing", "Stale reference"))
                .toList();
        return new CheckRunResult(CheckRunResult.Conclusion.FAILURE, "3 problems", "Validation found problems.",
                "details", annotations);
    }

    /** Request bodies of one method, in the order GitHub received them. */
    private static List<JsonNode> bodies(String method) throws Exception {
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
        Collections.reverse(events); // WireMock lists the newest first
        List<JsonNode> bodies = new ArrayList<>();
        for (ServeEvent e : events) {
            if (e.getRequest().getMethod().getName().equals(method)) {
                bodies.add(JSON.readTree(e.getRequest().getBodyAsString()));
            }
        }
        return bodies;
    }
}
