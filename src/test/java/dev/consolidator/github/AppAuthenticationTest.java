package dev.consolidator.github;

import dev.consolidator.testing.MutableClock;
import dev.consolidator.testing.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AppAuthenticationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final KeyPair KEYS = TestKeys.appKeys();
    private static final String APP_ID = "89368";
    private static final long INSTALLATION = 11111111L;
    private static final String TOKENS = "/app/installations/11111111/access_tokens";
    private static final RepoRef SHOP = new RepoRef("octo-org", "shop");
    private static final Instant START = Instant.parse("2026-11-22T05:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ApiFixtures fixtures;
    private MutableClock clock;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(wm.baseUrl());
        clock = new MutableClock(START);
        wm.stubFor(get("/app").willReturn(fixtures.json(200, "app.json")));
        wm.stubFor(get("/app/installations/11111111").willReturn(fixtures.json(200, "installation.json")));
        wm.stubFor(post(TOKENS).willReturn(accessToken("ghs_first", START.plus(Duration.ofHours(1)))));
        wm.stubFor(get("/repos/octo-org/shop").willReturn(fixtures.json(200, "repository.json")));
    }

    @Test
    void a_pkcs1_app_key_signs_the_jwt_that_fetches_the_installation_token() throws Exception {
        GitHubClient github = factory(TestKeys.pkcs1Pem(KEYS)).forInstallation(OptionalLong.of(INSTALLATION));

        github.repository(SHOP);

        assertSignedByTheApp(onlyRequest("GET", "/app"));
        assertSignedByTheApp(onlyRequest("POST", TOKENS));
        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop"))
                .withHeader("Authorization", equalTo("token ghs_first")));
    }

    @Test
    void a_pkcs8_app_key_works_the_same() throws Exception {
        GitHubClient github = factory(TestKeys.pkcs8Pem(KEYS)).forInstallation(INSTALLATION);
        wm.stubFor(get("/repos/octo-org/shop/collaborators/kohsuke/permission")
                .willReturn(fixtures.json(200, "permission-admin.json")));

        github.repository(SHOP);
        assertEquals(Permission.ADMIN, github.permission(SHOP, "kohsuke"));

        assertSignedByTheApp(onlyRequest("POST", TOKENS));
        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop"))
                .withHeader("Authorization", equalTo("token ghs_first")));
        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop/collaborators/kohsuke/permission"))
                .withHeader("Authorization", equalTo("token ghs_first")));
    }

    @Test
    void the_installation_token_is_cached_until_five_minutes_before_it_expires() throws Exception {
        GitHubClientFactory factory = factory(TestKeys.pkcs1Pem(KEYS));
        factory.forInstallation(INSTALLATION).repository(SHOP);
        factory.forInstallation(INSTALLATION).repository(SHOP);
        clock.advance(Duration.ofMinutes(54));
        factory.forInstallation(INSTALLATION).repository(SHOP);
        wm.verify(1, postRequestedFor(urlEqualTo(TOKENS)));

        wm.stubFor(post(TOKENS).willReturn(accessToken("ghs_second", clock.instant().plus(Duration.ofHours(1)))));
        clock.advance(Duration.ofMinutes(2));
        factory.forInstallation(INSTALLATION).repository(SHOP);

        wm.verify(2, postRequestedFor(urlEqualTo(TOKENS)));
        wm.verify(1, getRequestedFor(urlEqualTo("/app")));
        wm.verify(3, getRequestedFor(urlEqualTo("/repos/octo-org/shop"))
                .withHeader("Authorization", equalTo("token ghs_first")));
        wm.verify(1, getRequestedFor(urlEqualTo("/repos/octo-org/shop"))
                .withHeader("Authorization", equalTo("token ghs_second")));
    }

    @Test
    void concurrent_jobs_of_one_installation_fetch_a_single_token() throws Exception {
        GitHubClientFactory factory = factory(TestKeys.pkcs1Pem(KEYS));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<GitCredentials>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                jobs.add(() -> factory.forInstallation(INSTALLATION).gitCredentials());
            }
            for (Future<GitCredentials> f : pool.invokeAll(jobs)) {
                assertEquals(new GitCredentials("x-access-token", "ghs_first"), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        wm.verify(1, postRequestedFor(urlEqualTo(TOKENS)));
    }

    @Test
    void a_token_github_rejects_is_dropped_and_the_retry_gets_a_new_one() throws Exception {
        GitHubClientFactory factory = factory(TestKeys.pkcs1Pem(KEYS));
        wm.stubFor(get("/repos/octo-org/shop").inScenario("revoked").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ApiFixtures.jsonText(401, "{\"message\":\"Bad credentials\"}"))
                .willSetStateTo("fine"));
        wm.stubFor(get("/repos/octo-org/shop").inScenario("revoked").whenScenarioStateIs("fine")
                .willReturn(fixtures.json(200, "repository.json")));

        GitHubRetryableException e = assertThrows(GitHubRetryableException.class,
                () -> factory.forInstallation(INSTALLATION).repository(SHOP));
        assertEquals(401, e.status());
        wm.stubFor(post(TOKENS).willReturn(accessToken("ghs_second", START.plus(Duration.ofHours(1)))));

        factory.forInstallation(INSTALLATION).repository(SHOP);

        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop"))
                .withHeader("Authorization", equalTo("token ghs_second")));
    }

    @Test
    void git_gets_the_installation_token_as_x_access_token_and_never_prints_it() throws Exception {
        GitCredentials git = factory(TestKeys.pkcs1Pem(KEYS)).forInstallation(INSTALLATION).gitCredentials();

        assertEquals("x-access-token", git.username());
        assertEquals("ghs_first", git.password());
        assertThat(git.toString()).doesNotContain("ghs_first");
    }

    @Test
    void a_payload_without_installation_uses_the_token_even_when_an_app_is_configured() throws Exception {
        Path key = Files.writeString(dir.resolve("app.pem"), TestKeys.pkcs1Pem(KEYS));
        GitHubClientFactory factory = GitHubClientFactory.create(new GitHubSettings(wm.baseUrl(), "ghp_plain",
                APP_ID, key), clock);

        factory.forInstallation(OptionalLong.empty()).repository(SHOP);

        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop"))
                .withHeader("Authorization", equalTo("token ghp_plain")));
        wm.verify(0, postRequestedFor(urlEqualTo(TOKENS)));
        assertEquals(new GitCredentials("x-access-token", "ghp_plain"), factory.forToken().gitCredentials());
    }

    @Test
    void settings_default_the_api_url_and_hide_the_token() {
        GitHubSettings settings = new GitHubSettings(" ", "ghp_secret", "", null);
        assertEquals("https://api.github.com", settings.apiUrl());
        assertThat(settings.toString()).doesNotContain("ghp_secret");

        GitHubSettings ghe = new GitHubSettings("https://ghe.example.com/api/v3", "", APP_ID, Path.of("/keys/app.pem"));
        assertEquals("https://ghe.example.com/api/v3", ghe.apiUrl());
        assertThat(ghe).matches(GitHubSettings::hasApp, "settings with an app");
        assertNull(ghe.token());

        assertThrows(IllegalArgumentException.class, () -> new GitHubSettings(null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new GitHubSettings(null, null, APP_ID, null));
    }

    private GitHubClientFactory factory(String pem) throws Exception {
        Path key = Files.writeString(dir.resolve("app.pem"), pem);
        return GitHubClientFactory.create(new GitHubSettings(wm.baseUrl(), null, APP_ID, key), clock);
    }

    private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accessToken(String token, Instant expires) {
        return ApiFixtures.jsonText(201, fixtures.body("access-token.json")
                .replace("\"bogus\"", "\"" + token + "\"")
                .replace("2019-12-19T12:27:59Z", expires.toString()));
    }

    private static LoggedRequest onlyRequest(String method, String url) {
        List<LoggedRequest> found = wm.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().equals(url)).toList();
        assertThat(found).as(method + " " + url).hasSize(1);
        return found.get(0);
    }

    /** Bearer JWT, RS256, signed by the app's key, issued by the app id, living at most the 10 minutes GitHub allows. */
    private static void assertSignedByTheApp(LoggedRequest request) throws Exception {
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        String[] jwt = authorization.substring("Bearer ".length()).split("\\.");
        assertThat(jwt).hasSize(3);
        Base64.Decoder b64 = Base64.getUrlDecoder();
        JsonNode header = JSON.readTree(b64.decode(jwt[0]));
        JsonNode claims = JSON.readTree(b64.decode(jwt[1]));
        assertEquals("RS256", header.get("alg").asText());
        assertEquals(APP_ID, claims.get("iss").asText());
        long lifetime = claims.get("exp").asLong() - claims.get("iat").asLong();
        assertThat(lifetime).as("lifetime in seconds").isPositive().isLessThanOrEqualTo(600);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KEYS.getPublic());
        verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(b64.decode(jwt[2]))).as("signature %s checks with the app's public key", jwt[2]).isTrue();
    }
}
