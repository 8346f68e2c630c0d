package dev.consolidator.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedTest {

    @Test
    void plain_text_becomes_a_single_backtick_span() {
        assertThat(Quoted.code("@someone")).isEqualTo("`@someone`");
    }

    @Test
    void backticks_inside_get_a_longer_fence_so_they_cannot_close_the_span() {
        assertThat(Quoted.code("a``b`c")).isEqualTo("```a``b`c```");
        assertThat(Quoted.code("`@x`")).isEqualTo("`` `@x` ``");
    }

    @Test
    void line_breaks_and_controls_become_spaces_and_long_text_is_cut() {
        assertThat(Quoted.code("a\nb\u2028c\u0000")).isEqualTo("`a b c `");
        assertThat(Quoted.code("x".repeat(500))).isEqualTo("`" + "x".repeat(Quoted.MAX_SHOWN) + "…`");
    }
}
