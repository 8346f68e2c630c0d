package dev.consolidator.transform.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaTextTest {
    private static final String LF = "package a;\n\nclass A {\n    /** Doc. */\n    void m() {\n    }\n}\n";

    @Test
    void offsets_lines_and_indents_are_the_same_for_every_line_end() {
        for (String end : new String[] {"\n", "\r\n", "\r"}) {
            JavaText text = new JavaText(LF.replace("\n", end));
            CompilationUnit cu = JavaText.parse(text.text()).orElseThrow();
            MethodDeclaration m = cu.findFirst(MethodDeclaration.class).orElseThrow();

            assertThat(text.source(m)).isEqualTo("void m() {" + end + "    }");
            assertThat(text.text().substring(text.beginWithComment(m), text.begin(m))).isEqualTo("/** Doc. */" + end + "    ");
            assertThat(text.indentAt(text.begin(m))).isEqualTo("    ");
            assertThat(text.lineOf(text.begin(m))).isEqualTo(5).isEqualTo(JavaText.lineOf(m));
            assertThat(text.newline()).isEqualTo(end);
            assertThat(JavaText.lines(text.text())).hasSize(8).startsWith("package a;" + end, end, "class A {" + end);
        }
    }

    @Test
    void the_line_start_of_the_lf_of_a_crlf_is_the_start_of_the_line_it_ends() {
        JavaText text = new JavaText("ab\r\ncd\r\n");

        assertThat(text.lineStart(3)).isEqualTo(0);
        assertThat(text.lineStart(4)).isEqualTo(4);
        assertThat(text.nextLineStart(2)).isEqualTo(4);
    }
}
