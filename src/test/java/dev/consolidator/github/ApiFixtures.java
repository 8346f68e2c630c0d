package dev.consolidator.github;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/** Recorded GitHub response bodies from src/test/resources/github-api, served from WireMock's own base URL. */
final class ApiFixtures {
    private final String baseUrl;

    ApiFixtures(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String body(String name) {
        try (InputStream in = ApiFixtures.class.getResourceAsStream("/github-api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            // follow-up calls use the urls inside the bodies, which must point back at WireMock
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("https://api.github.com", baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recorded body with the rate-limit headers GitHub sends on every answer (plenty remaining). */
    ResponseDefinitionBuilder json(int status, String name) {
        return jsonText(status, body(name))
                .withHeader("X-RateLimit-Limit", "5000")
                .withHeader("X-RateLimit-Remaining", "4931")
                .withHeader("X-RateLimit-Reset", String.valueOf(Instant.now().getEpochSecond() + 3600));
    }

    static ResponseDefinitionBuilder jsonText(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }
}
