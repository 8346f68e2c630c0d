package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a package change does to the moved file's own names. */
class RelocationTest {
    @Test
    void a_name_the_new_package_would_shadow_gets_a_single_type_import_and_new_package_imports_go() {
        SourceTree before = tree(
                "src/main/java/com/b/List.java", "package com.b;\n\npublic class List {\n}\n",
                "src/main/java/com/b/Helper.java", "package com.b;\n\npublic class Helper {\n}\n",
                "src/main/java/com/a/Mover.java", """
                        package com.a;

                        import com.b.Helper;
                        import java.util.*;

                        public class Mover {
                            Helper helper;
                            List<String> names = new ArrayList<>();
                        }
                        """);
        SourceTree after = run(before, move("com.a.Mover", "com.b.Mover")).after();
        assertEquals("""
                package com.b;

                import java.util.*;
                import java.util.List;

                public class Mover {
                    Helper helper;
                    List<String> names = new ArrayList<>();
                }
                """, after.text("src/main/java/com/b/Mover.java"));
        assertCompiles(after);
    }
}
