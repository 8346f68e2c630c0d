package dev.consolidator.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensTest {
    private final ApiTokens tokens = new ApiTokens(List.of("first-token-0123456789", "second-token-0123456789"));

    @Test
    void any_configured_token_matches_and_nothing_else_does() {
        assertThat(tokens.matches("second-token-0123456789")).isTrue();
        assertThat(tokens.matches("second-token-012345678")).isFalse();
        assertThat(tokens.matches("")).isFalse();
    }

    @Test
    void the_header_must_be_a_bearer_token() {
        assertThat(ApiTokens.presented("Bearer first-token-0123456789")).contains("first-token-0123456789");
        assertThat(ApiTokens.presented("bearer  abc ")).contains("abc");
        assertThat(ApiTokens.presented("Basic Zm9vOmJhcg==")).isEmpty();
        assertThat(ApiTokens.presented("Bearer ")).isEmpty();
        assertThat(ApiTokens.presented(null)).isEmpty();
    }

    @Test
    void without_tokens_nobody_is_let_in() {
        ApiTokens none = new ApiTokens(List.of());
        assertThat(none.enabled()).isFalse();
        assertThat(none.matches("")).isFalse();
    }
}
