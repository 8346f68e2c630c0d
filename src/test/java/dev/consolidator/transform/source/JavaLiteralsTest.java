package dev.consolidator.transform.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexer that finds strings, text blocks and comments without a parse. */
class JavaLiteralsTest {
    @Test
    void strings_text_blocks_and_comments_are_found_and_char_literals_and_escapes_do_not_confuse_them() {
        String text = "class A { // line one\r\n"
                + "  char q = '\"'; char e = '\\''; String s = \"a \\\"b\\\" // not a comment\";\n"
                + "  /* block \"not a string\" */ String t = \"\"\"\n    x \\\"\"\" y\n    \"\"\";\n"
                + "  String u = \"com.x.Old\"; }\n";

        List<String> found = JavaLiterals.of(text).stream()
                .map(r -> r.kind() + ":" + text.substring(r.start(), r.end())).toList();

        assertThat(found).containsExactly(
                "COMMENT: line one",
                "STRING:a \\\"b\\\" // not a comment",
                "COMMENT: block \"not a string\" ",
                "TEXT_BLOCK:\n    x \\\"\"\" y\n    ",
                "STRING:com.x.Old");
    }

    @Test
    void an_unterminated_string_ends_at_its_line() {
        String text = "String s = \"open\nString t = \"closed\";\n";

        assertThat(JavaLiterals.of(text)).extracting(r -> text.substring(r.start(), r.end()))
                .containsExactly("open", "closed");
    }

    @Test
    void whole_names_stop_at_longer_identifiers_and_keep_nested_parts() {
        RetiredNames names = new RetiredNames(List.of(new RetiredNames.Rename("com.x.Old", "com.y.New", "com.y.New")));
        String text = "com.x.Old com.x.OldThing acom.x.Old a.com.x.Old com.x.Old$Inner com.x.Old.Inner";

        assertThat(names.find(text, 0, text.length())).extracting(RetiredNames.Match::start)
                .containsExactly(0, 48, 64);
    }
}
