package dev.consolidator.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets to read /dashboard over plain HTTP: a bearer token, or the session cookie the login form sets from one. */
class DashboardAccessTest {
    @TempDir
    Path dir;
    DashboardServer server;
    final HttpClient http = HttpClient.newHttpClient(); // follows no redirect: the 303 itself is checked

    @BeforeEach
    void start() {
        server = new DashboardServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void without_a_token_every_dashboard_page_is_401_with_the_login_form_and_no_repository_data() throws Exception {
        for (String path : List.of("/dashboard", "/dashboard/acme/shop", "/dashboard/acme/unknown")) {
            for (String authorization : new String[] {null, "Bearer wrong-token-0123456789", "Bearer " + DashboardServer.TOKEN + "x"}) {
                HttpResponse<String> page = get(path, authorization, null);
                assertThat(page.statusCode()).as(path + " with " + authorization).isEqualTo(401);
                assertThat(page.body()).contains("<form class=\"login\"").doesNotContain("data-phase").doesNotContain("Fold the order");
            }
        }
    }

    @Test
    void a_bearer_token_reads_the_pages_and_an_unknown_repository_is_404() throws Exception {
        HttpResponse<String> overview = get("/dashboard", "Bearer " + DashboardServer.TOKEN, null);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(overview.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        assertThat(overview.body()).contains("href=\"/dashboard/acme/shop\"").contains("2 of 5");

        assertThat(get("/dashboard/acme/shop", "Bearer " + DashboardServer.TOKEN, null).statusCode()).isEqualTo(200);
        assertThat(get("/dashboard/acme/unknown", "Bearer " + DashboardServer.TOKEN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_login_form_sets_an_httponly_strict_cookie_that_is_not_the_token_and_opens_the_pages() throws Exception {
        HttpResponse<String> login = post("/dashboard/login", "token=" + enc(DashboardServer.TOKEN) + "&next=" + enc("/dashboard/acme/shop"));

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/dashboard/acme/shop");
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(DashboardAccess.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/dashboard").doesNotContain(DashboardServer.TOKEN);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        HttpResponse<String> page = get("/dashboard/acme/shop", null, cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Fold the order helpers");
    }

    @Test
    void a_wrong_token_forged_or_expired_cookie_and_a_foreign_redirect_are_refused() throws Exception {
        HttpResponse<String> wrong = post("/dashboard/login", "token=" + enc("not-the-token-0123456789"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(wrong.body()).contains("not one of the configured API tokens");

        long future = java.time.Instant.now().getEpochSecond() + 3600;
        for (String forged : List.of(future + ".AAAA", "0.AAAA", "garbage", future + "." + DashboardServer.TOKEN)) {
            assertThat(get("/dashboard", null, DashboardAccess.COOKIE + "=" + forged).statusCode()).as(forged).isEqualTo(401);
        }
        HttpResponse<String> offsite = post("/dashboard/login", "token=" + enc(DashboardServer.TOKEN) + "&next=" + enc("https://evil.example/"));
        assertThat(offsite.headers().firstValue("Location")).hasValue("/dashboard");
    }

    private HttpResponse<String> get(String path, String authorization, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
