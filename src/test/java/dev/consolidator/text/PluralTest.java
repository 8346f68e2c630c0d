package dev.consolidator.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralTest {
    @Test
    void one_is_singular_and_every_other_count_is_plural() {
        assertThat(Plural.of(1, "file")).isEqualTo("1 file");
        assertThat(Plural.of(2, "file")).isEqualTo("2 files");
        assertThat(Plural.of(0, "file")).isEqualTo("0 files");
        assertThat(Plural.of(-1, "file")).isEqualTo("-1 files");
    }

    @Test
    void a_noun_of_several_words_takes_the_s_at_its_end() {
        assertThat(Plural.of(1, "type mapping")).isEqualTo("1 type mapping");
        assertThat(Plural.of(3, "type mapping")).isEqualTo("3 type mappings");
    }

    @Test
    void an_irregular_noun_gives_its_plural() {
        assertThat(Plural.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Plural.of(2, "entry", "entries")).isEqualTo("2 entries");
    }

    @Test
    void the_word_alone_agrees_with_a_count_written_elsewhere() {
        assertThat(Plural.word(1, "phase")).isEqualTo("phase");
        assertThat(Plural.word(5, "phase")).isEqualTo("phases");
        assertThat(Plural.word(1, "is", "are")).isEqualTo("is");
        assertThat(Plural.word(2, "is", "are")).isEqualTo("are");
    }
}
