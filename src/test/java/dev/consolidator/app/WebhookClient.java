package dev.consolidator.app;

import dev.consolidator.webhook.WebhookSignature;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts webhooks over real HTTP the way GitHub does, signing them with the test secret unless told otherwise. */
final class WebhookClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final WebhookSignature signature = new WebhookSignature(TestConfigs.SECRET);

    WebhookClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String sign(byte[] body) {
        return signature.sign(body);
    }

    HttpResponse<String> post(String event, String delivery, byte[] body) throws IOException, InterruptedException {
        return post(event, delivery, sign(body), body);
    }

    /** Any header passed as null is left out. */
    HttpResponse<String> post(String event, String delivery, String signatureHeader, byte[] body)
            throws IOException, InterruptedException {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("X-GitHub-Event", event);
        headers.put("X-GitHub-Delivery", delivery);
        headers.put("X-Hub-Signature-256", signatureHeader);
        return post(headers, body);
    }

    HttpResponse<String> post(java.util.Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/webhook"))
                .header("Content-Type", "application/json")
                .header("User-Agent", "GitHub-Hookshot/test")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET with the test's API token (operator routes need it). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "Bearer " + TestConfigs.API_TOKEN);
    }

    /** GET with this Authorization header, or none when null. */
    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
