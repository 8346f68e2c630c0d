package dev.consolidator.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WebhookSignatureTest {
    @Test
    void githubs_published_test_vector_verifies() throws Exception {
        JsonNode vector = Json.MAPPER.readTree(Fixtures.bytes("signed/docs-test-vector.json"));
        WebhookSignature signature = new WebhookSignature(vector.get("secret").asText());
        byte[] payload = vector.get("payload").asText().getBytes(StandardCharsets.UTF_8);

        assertEquals("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", signature.sign(payload));
        String header = vector.get("X-Hub-Signature-256").asText();
        assertThat(signature.verify(payload, header)).as("header %s verifies", header).isTrue();
    }

    @Test
    void real_signed_github_delivery_verifies_over_its_raw_bytes() throws Exception {
        JsonNode headers = Json.MAPPER.readTree(Fixtures.bytes("signed/pull_request.opened.signed.headers.json"));
        byte[] body = Fixtures.bytes("signed/pull_request.opened.signed.body.json");
        WebhookSignature signature = new WebhookSignature(headers.get("_secret").asText());

        assertThat(body).hasSize(8176);
        String header = headers.get("X-Hub-Signature-256").asText();
        assertThat(signature.verify(body, header)).as("header %s verifies (signed here: %s)", header, signature.sign(body)).isTrue();
    }

    @Test
    void changed_body_wrong_secret_sha1_and_garbage_headers_do_not_verify() throws Exception {
        JsonNode headers = Json.MAPPER.readTree(Fixtures.bytes("signed/pull_request.opened.signed.headers.json"));
        String header = headers.get("X-Hub-Signature-256").asText();
        byte[] body = Fixtures.bytes("signed/pull_request.opened.signed.body.json");
        byte[] changed = body.clone();
        changed[10] ^= 1;

        assertThat(new WebhookSignature(headers.get("_secret").asText()).verify(changed, header)).as("a changed body verifies against %s", header).isFalse();
        assertThat(new WebhookSignature("another secret").verify(body, header)).as("another secret verifies against %s", header).isFalse();
        WebhookSignature signature = new WebhookSignature(headers.get("_secret").asText());
        assertThat(signature.verify(body, null)).as("a null header verifies").isFalse();
        assertThat(signature.verify(body, "")).as("an empty header verifies").isFalse();
        String sha1 = "sha1=7d38cdd689735b008b3c702edd92eea23791c5f6";
        assertThat(signature.verify(body, sha1)).as("the header %s verifies", sha1).isFalse();
        String bare = header.substring("sha256=".length());
        assertThat(signature.verify(body, bare)).as("the header %s verifies", bare).isFalse();
        String cut = header.substring(0, header.length() - 1);
        assertThat(signature.verify(body, cut)).as("the header %s verifies", cut).isFalse();
    }

    @Test
    void empty_secret_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookSignature(""));
    }

    @Test
    void to_string_does_not_show_the_secret() {
        assertThat(new WebhookSignature("hunter2").toString()).doesNotContain("hunter2");
    }
}
