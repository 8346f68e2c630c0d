package dev.consolidator.transform.retarget;

import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.SourceTree;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;

/**
 * The primitive as the merge step uses it: a type becomes a nested type of an existing target (or its members move
 * into the target), the declarations are moved by hand here, and retargeting makes every user compile.
 */
class RetargetCompilationTest {
    private static SourceTree users() {
        return tree(
                "src/main/java/com/a/Old.java", "package com.a;\n\npublic class Old {\n    public static final int LIMIT = 3;\n\n    public static int twice(int x) {\n        return 2 * x;\n    }\n}\n",
                "src/main/java/com/a/Sibling.java", "package com.a;\n\n/** Uses {@link Old}. */\npublic class Sibling {\n    public int n = Old.twice(Old.LIMIT);\n}\n",
                "src/main/java/com/c/Wild.java", "package com.c;\n\nimport com.a.*;\n\npublic class Wild {\n    Sibling sibling;\n    int n = Old.LIMIT;\n}\n",
                "src/main/java/com/c/Statics.java", "package com.c;\n\nimport static com.a.Old.LIMIT;\nimport static com.a.Old.*;\n\npublic class Statics {\n    int n = twice(LIMIT);\n}\n",
                "src/main/java/com/c/Qualified.java", "package com.c;\n\npublic class Qualified {\n    int n = com.a.Old.twice(1);\n}\n",
                "src/test/java/com/c/Clash.java", "package com.c;\n\nimport com.a.Old;\nimport com.other.Target;\n\nclass Clash {\n    Target mine;\n    int n = Old.LIMIT;\n}\n",
                "src/test/java/com/other/Target.java", "package com.other;\n\npublic class Target {\n}\n",
                "src/main/java/com/b/Target.java", "package com.b;\n\npublic class Target {\n}\n");
    }

    private static SourceTree retargetAndCheck(SourceTree withDeclarationsMoved, Map<String, String> oldToNew) {
        ChangeSet changes = new TypeRetargeter().retarget(withDeclarationsMoved, oldToNew);
        assertThat(changes.problems()).as(changes.problems()::toString).isEmpty();
        assertUntouchedIdentical(withDeclarationsMoved, changes);
        SourceTree after = withDeclarationsMoved.apply(changes);
        assertThat(new TypeRetargeter().retarget(after, oldToNew).touchedPaths()).as("files a second run changes").isEmpty();
        assertCompiles(after);
        return after;
    }

    @Test
    void nested_merge_users_compile_after_retargeting_to_the_nested_type() {
        SourceTree before = users();
        assertCompiles(before);
        SourceTree merged = before.apply(new ChangeBuilder(before)
                .delete("src/main/java/com/a/Old.java")
                .write("src/main/java/com/b/Target.java", "package com.b;\n\npublic class Target {\n    public static class Old {\n        public static final int LIMIT = 3;\n\n        public static int twice(int x) {\n            return 2 * x;\n        }\n    }\n}\n")
                .build());
        SourceTree after = retargetAndCheck(merged, Map.of("com.a.Old", "com.b.Target.Old"));
        assertThat(after.text("src/test/java/com/c/Clash.java")).contains("int n = com.b.Target.Old.LIMIT;");
        assertThat(after.text("src/main/java/com/c/Statics.java")).contains("import static com.b.Target.Old.*;");
    }

    @Test
    void members_merge_users_compile_after_retargeting_to_the_target() {
        SourceTree before = users();
        SourceTree merged = before.apply(new ChangeBuilder(before)
                .delete("src/main/java/com/a/Old.java")
                .write("src/main/java/com/b/Target.java", "package com.b;\n\npublic class Target {\n    public static final int LIMIT = 3;\n\n    public static int twice(int x) {\n        return 2 * x;\n    }\n}\n")
                .build());
        SourceTree after = retargetAndCheck(merged, Map.of("com.a.Old", "com.b.Target"));
        assertThat(after.text("src/main/java/com/a/Sibling.java")).contains("/** Uses {@link Target}. */");
    }
}
