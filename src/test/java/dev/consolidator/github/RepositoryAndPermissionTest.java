package dev.consolidator.github;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepositoryAndPermissionTest {
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
    void repository_info_comes_from_the_repository_endpoint_with_the_token() {
        wm.stubFor(get("/repos/octo-org/shop").willReturn(fixtures.json(200, "repository.json")));

        RepositoryInfo info = github.repository(SHOP);

        assertEquals(new RepositoryInfo("octo-org/shop", "main", "https://github.com/octo-org/shop.git",
                "https://github.com/octo-org/shop", false), info);
        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop"))
                .withHeader("Authorization", equalTo("token ghp_test")));
    }

    @Test
    void an_admin_collaborator_can_write() {
        wm.stubFor(get("/repos/octo-org/shop/collaborators/kohsuke/permission")
                .willReturn(fixtures.json(200, "permission-admin.json")));

        Permission permission = github.permission(SHOP, "kohsuke");

        assertEquals(Permission.ADMIN, permission);
        assertThat(permission).matches(Permission::canWrite, "can write");
    }

    @Test
    void a_read_collaborator_cannot_write() {
        wm.stubFor(get("/repos/octo-org/shop/collaborators/dude/permission")
                .willReturn(fixtures.json(200, "permission-read.json")));

        Permission permission = github.permission(SHOP, "dude");

        assertEquals(Permission.READ, permission);
        assertThat(permission).matches(p -> !p.canWrite(), "cannot write");
    }

    @Test
    void a_user_github_will_not_tell_about_has_no_permission() {
        wm.stubFor(get("/repos/octo-org/shop/collaborators/jglick/permission")
                .willReturn(fixtures.json(403, "permission-403.json")));
        wm.stubFor(get("/repos/octo-org/shop/collaborators/ghost/permission")
                .willReturn(ApiFixtures.jsonText(404, "{\"message\":\"Not Found\",\"documentation_url\":"
                        + "\"https://docs.github.com/rest/collaborators/collaborators\"}")));

        assertEquals(Permission.NONE, github.permission(SHOP, "jglick"));
        assertEquals(Permission.NONE, github.permission(SHOP, "ghost"));
    }

    @Test
    void a_bot_login_is_escaped_in_the_path() {
        wm.stubFor(get("/repos/octo-org/shop/collaborators/renovate%5Bbot%5D/permission")
                .willReturn(ApiFixtures.jsonText(404, "{\"message\":\"Not Found\"}")));

        assertEquals(Permission.NONE, github.permission(SHOP, "renovate[bot]"));
        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop/collaborators/renovate%5Bbot%5D/permission")));
    }

    @Test
    void a_rate_limited_permission_check_is_retryable_not_none() {
        wm.stubFor(get("/repos/octo-org/shop/collaborators/kohsuke/permission")
                .willReturn(ApiFixtures.jsonText(403, "{\"message\":\"API rate limit exceeded for installation ID 1.\"}")
                        .withHeader("X-RateLimit-Remaining", "0")));

        assertThrows(GitHubRetryableException.class, () -> github.permission(SHOP, "kohsuke"));
    }

    @Test
    void the_role_name_tells_maintainers_and_triagers_apart() {
        wm.stubFor(get("/repos/octo-org/shop/collaborators/kohsuke/permission").willReturn(ApiFixtures.jsonText(200,
                fixtures.body("permission-admin.json").replace("\"permission\": \"admin\"",
                        "\"permission\": \"write\", \"role_name\": \"maintain\""))));
        wm.stubFor(get("/repos/octo-org/shop/collaborators/dude/permission").willReturn(ApiFixtures.jsonText(200,
                fixtures.body("permission-read.json").replace("\"permission\": \"read\"",
                        "\"permission\": \"read\", \"role_name\": \"triage\""))));

        assertEquals(Permission.MAINTAIN, github.permission(SHOP, "kohsuke"));
        assertEquals(Permission.TRIAGE, github.permission(SHOP, "dude"));
        wm.verify(getRequestedFor(urlEqualTo("/repos/octo-org/shop/collaborators/dude/permission"))
                .withHeader("Authorization", equalTo("token ghp_test")));
    }

    @Test
    void github_role_names_map_to_permissions() {
        assertEquals(Permission.MAINTAIN, Permission.fromApi("maintain"));
        assertEquals(Permission.TRIAGE, Permission.fromApi("triage"));
        assertThat(Permission.MAINTAIN).matches(Permission::canWrite, "can write");
        assertThat(Permission.TRIAGE).matches(p -> !p.canWrite(), "cannot write");
        assertEquals(Permission.NONE, Permission.fromApi("unknown"));
    }
}
