package dev.consolidator.github;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every GitHub API call is counted by status, and the remaining rate limit GitHub reports is kept, for /metrics. */
class ApiCallMetricsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void listen() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void stop() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void calls_are_counted_by_status_and_the_last_rate_limit_is_reported() {
        ApiFixtures fixtures = new ApiFixtures(wm.baseUrl());
        wm.stubFor(get("/repos/octo-org/shop").willReturn(ApiFixtures.jsonText(200, fixtures.body("repository.json"))
                .withHeader("X-RateLimit-Remaining", "4321")));
        wm.stubFor(get("/repos/octo-org/gone").willReturn(ApiFixtures.jsonText(404, "{\"message\":\"Not Found\"}")
                .withHeader("X-RateLimit-Remaining", "4320")));
        GitHubClient github = GitHubClientFactory.withToken(wm.baseUrl(), "ghp_test", Clock.systemUTC()).forToken();
        double ok = count("200");
        double missing = count("404");

        github.repository(new RepoRef("octo-org", "shop"));
        assertThatThrownBy(() -> github.repository(new RepoRef("octo-org", "gone")));

        assertThat(count("200") - ok).isGreaterThanOrEqualTo(1);
        assertThat(count("404") - missing).isGreaterThanOrEqualTo(1);
        assertThat(registry.get("consolidator.github.rate.limit.remaining").gauge().value()).isEqualTo(4320);
    }

    private double count(String status) {
        var counter = registry.find("consolidator.github.api.calls").tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }
}
