package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.run;
import static dev.consolidator.transform.engine.Steps.runOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Renaming moves of every kind of type: constructors (record compact ones too) follow the new name. */
class RenameKindsTest {
    @Test
    void records_enums_interfaces_and_annotations_are_renamed_with_their_constructors() {
        SourceTree before = tree(
                "src/main/java/com/a/Point.java", "package com.a;\n\npublic record Point(int x, int y) {\n    public Point {\n        if (x < 0) throw new IllegalArgumentException();\n    }\n\n    public Point(int x) {\n        this(x, 0);\n    }\n}\n",
                "src/main/java/com/a/Color.java", "package com.a;\n\npublic enum Color {\n    RED(1);\n\n    Color(int code) {\n    }\n}\n",
                "src/main/java/com/a/Shape.java", "package com.a;\n\npublic interface Shape {\n    Point origin();\n}\n",
                "src/main/java/com/a/Tag.java", "package com.a;\n\npublic @interface Tag {\n}\n",
                "src/main/java/com/c/Use.java", "package com.c;\n\nimport com.a.*;\n\n@Tag\nclass Use implements Shape {\n    Color c = Color.RED;\n\n    public Point origin() {\n        return new Point(0);\n    }\n}\n");
        PhaseResult result = run(before,
                move("com.a.Point", "com.b.Spot"),
                move("com.a.Color", "com.b.Hue"),
                move("com.a.Shape", "com.b.Form"),
                move("com.a.Tag", "com.b.Label"));
        SourceTree after = result.after();
        assertEquals("package com.b;\n\npublic record Spot(int x, int y) {\n    public Spot {\n        if (x < 0) throw new IllegalArgumentException();\n    }\n\n    public Spot(int x) {\n        this(x, 0);\n    }\n}\n",
                after.text("src/main/java/com/b/Spot.java"));
        assertEquals("package com.b;\n\npublic enum Hue {\n    RED(1);\n\n    Hue(int code) {\n    }\n}\n", after.text("src/main/java/com/b/Hue.java"));
        assertEquals("package com.c;\n\nimport com.b.*;\nimport com.b.Form;\nimport com.b.Hue;\nimport com.b.Spot;\n\n@Label\nclass Use implements Form {\n    Hue c = Hue.RED;\n\n    public Spot origin() {\n        return new Spot(0);\n    }\n}\n",
                after.text("src/main/java/com/c/Use.java"));
        assertCompiles(after);
    }

    @Test
    void moving_a_nested_type_is_refused_at_the_step_line() {
        SourceTree before = tree("src/main/java/com/a/Outer.java", "package com.a;\n\npublic class Outer {\n    public static class Inner {\n    }\n}\n");
        PhaseResult result = runOnce(before, move("com.a.Outer.Inner", "com.b.Inner"));
        assertEquals(".github/consolidation.yml:7", result.problems().get(0).file() + ":" + result.problems().get(0).line());
        assertEquals("com.a.Outer.Inner is a nested type; only top-level types can be moved (merge it instead)",
                result.problems().get(0).message());
    }
}
