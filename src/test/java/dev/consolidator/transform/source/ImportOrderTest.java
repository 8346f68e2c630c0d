package dev.consolidator.transform.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Imports renamed in place are sorted again when the file kept them sorted, within each group. */
class ImportOrderTest {
    @Test
    void a_sorted_file_stays_sorted_within_each_group_google_java_format_style() {
        String before = """
                /*
                 * import not.a.Real;
                 */
                package com.google.gson;

                import static com.google.gson.stream.JsonToken.BEGIN_ARRAY;
                import static java.util.Objects.requireNonNull;

                import com.google.gson.reflect.TypeToken;
                import com.google.gson.stream.JsonReader;
                import java.io.IOException;

                public final class Gson {
                }
                """;
        String renamed = before.replace("com.google.gson.stream.", "com.google.gson.io.");

        assertEquals("""
                /*
                 * import not.a.Real;
                 */
                package com.google.gson;

                import static com.google.gson.io.JsonToken.BEGIN_ARRAY;
                import static java.util.Objects.requireNonNull;

                import com.google.gson.io.JsonReader;
                import com.google.gson.reflect.TypeToken;
                import java.io.IOException;

                public final class Gson {
                }
                """, ImportOrder.keepSorted(before, renamed));
    }

    @Test
    void a_file_with_an_order_of_its_own_is_left_as_it_is() {
        String before = """
                package a;

                import java.util.List;
                import com.acme.old.Widget;
                import com.acme.Util;
                """;
        String renamed = before.replace("com.acme.old.Widget", "com.acme.zzz.Widget");

        assertSame(renamed, ImportOrder.keepSorted(before, renamed));
    }

    @Test
    void a_group_mixing_static_and_plain_imports_is_never_sorted() {
        String before = """
                package a;

                import com.acme.B;
                import static com.acme.A.x;

                class C {
                }
                """;
        String renamed = before.replace("com.acme.B", "com.acme.z.B");

        assertSame(renamed, ImportOrder.keepSorted(before, renamed));
    }

    @Test
    void imports_are_only_read_in_the_header() {
        String before = """
                package a;

                import b.B;
                import c.C;

                class D {
                    String s = \"""
                        import z.Z;
                        import y.Y;
                        \""";
                }
                """;
        String renamed = before.replace("import b.B;", "import e.B;");

        assertEquals(before.replace("import b.B;\nimport c.C;", "import c.C;\nimport e.B;"),
                ImportOrder.keepSorted(before, renamed));
    }
}
