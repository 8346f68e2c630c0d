package dev.consolidator.github;

import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JDK HTTP client with timeouts. github-api 1.330's default connector sets none, so a GitHub that accepts the
 * connection and never answers would hold a worker forever. Bodies are read whole, so an error body can be read both
 * by github-api's error handling and by ours.
 */
final class TimeoutHttpConnector implements GitHubConnector {
    /** Headers the JDK client sets itself and refuses to take from us. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient http;
    private final Duration requestTimeout;

    TimeoutHttpConnector(Duration connectTimeout, Duration requestTimeout) {
        // github-api follows redirects itself (and drops Authorization when the host changes)
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(request.url().toURI()).timeout(requestTimeout);
        } catch (URISyntaxException e) {
            throw new IOException("invalid URL " + request.url(), e);
        }
        for (Map.Entry<String, List<String>> header : request.allHeaders().entrySet()) {
            if (header.getKey() != null && header.getValue() != null
                    && !RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                builder.header(header.getKey(), String.join(", ", header.getValue()));
            }
        }
        InputStream body = request.hasBody() ? request.body() : null;
        builder.method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            ApiCallMetrics.record(response.statusCode(), response.headers());
            return new Response(request, response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw (InterruptedIOException) new InterruptedIOException("interrupted calling " + request.url()).initCause(e);
        }
    }

    /** An answer read outside github-api, for the few fields its model drops. */
    record RawResponse(int status, Map<String, List<String>> headers, String body) {
    }

    /** A plain GET with the REST API's headers; the caller maps the status. */
    RawResponse get(String url, String authorization) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(url)).timeout(requestTimeout)
                .header("Authorization", authorization)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ApiCallMetrics.record(response.statusCode(), response.headers());
            return new RawResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw (InterruptedIOException) new InterruptedIOException("interrupted calling " + url).initCause(e);
        }
    }

    private static final class Response extends GitHubConnectorResponse {
        private final byte[] body;

        Response(GitHubConnectorRequest request, int status, Map<String, List<String>> headers, byte[] body) {
            super(request, status, headers);
            this.body = body == null ? new byte[0] : body;
        }

        @Override
        public InputStream bodyStream() throws IOException {
            // wrapStream unzips when Content-Encoding is gzip; an empty body is no gzip stream at all
            return body.length == 0 ? new ByteArrayInputStream(body) : wrapStream(new ByteArrayInputStream(body));
        }

        @Override
        public void close() {
        }
    }
}
