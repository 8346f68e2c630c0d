package dev.consolidator.transform;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helpers: trees from path/text pairs, and the checks every before/after test makes. */
public final class Trees {
    private Trees() {
    }

    public static SourceTree tree(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        return SourceTree.of(files);
    }

    /** Files the change set does not touch are byte-identical in the result. */
    public static void assertUntouchedIdentical(SourceTree before, ChangeSet changes) {
        SourceTree after = before.apply(changes);
        for (String path : before.paths()) {
            if (!changes.touchedPaths().contains(path)) {
                assertEquals(before.text(path), after.text(path), path + " was not to be touched");
            }
        }
    }

    public static void assertCompiles(SourceTree tree) {
        JavaCompilation.Result result = JavaCompilation.compile(tree);
        assertThat(result.errors()).as(() -> "compile errors of the tree\n--- tree ---\n" + dump(tree)).isEmpty();
    }

    public static String dump(SourceTree tree) {
        StringBuilder out = new StringBuilder();
        tree.files().forEach((p, t) -> out.append("=== ").append(p).append('\n').append(t).append('\n'));
        return out.toString();
    }
}
