package dev.consolidator.transform.engine;

import dev.consolidator.transform.Warning;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines a step made wider than the file ever was are pointed out: style checks limit the width. */
class StepFinishTest {
    static final String PATH = "src/main/java/com/google/gson/Gson.java";

    @Test
    void lines_wider_than_any_line_the_file_had_are_listed_with_the_width_it_kept() {
        String before = """
                class Gson {
                  void toJson(Object src, Appendable writer) throws JsonIOException {
                  }
                }
                """;
        String after = before.replace("JsonIOException", "JsonParseException.JsonIOException");

        assertEquals(Optional.of(new Warning(PATH, 2, "1 line is now longer than any line the file had (69 characters):"
                + " line 2; wrap them if a style check limits the width")), StepFinish.longerLines(PATH, before, after));
    }

    @Test
    void a_file_that_already_had_wider_lines_is_not_reported() {
        String before = "class A {\n  // " + "x".repeat(120) + "\n  Old old;\n}\n";
        String after = before.replace("Old old;", "com.acme.brand.new.Old old;");

        assertEquals(Optional.empty(), StepFinish.longerLines(PATH, before, after));
    }
}
