package dev.consolidator.git;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A PR's own lines: what its head changed since the merge base with the default branch, and nothing else. */
class ChangedLinesTest {
    @TempDir
    Path dir;

    private String commit(Git git, Map<String, String> files, String... deleted) throws Exception {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue());
            git.add().addFilepattern(f.getKey()).call();
        }
        for (String d : deleted) {
            git.rm().addFilepattern(d).call();
        }
        return git.commit().setMessage("change").setAuthor("a", "a@example.org").setCommitter("a", "a@example.org")
                .call().name();
    }

    @Test
    void only_lines_the_head_added_or_changed_since_the_merge_base_count() throws Exception {
        String original = "package a;\n\nclass A {\n    int one = 1;\n    int two = 2;\n}\n";
        String moved = "package a;\n\nclass Moved {\n    int one = 1;\n    int two = 2;\n    int three = 3;\n    int four = 4;\n}\n";
        try (Git git = Git.init().setInitialBranch("main").setDirectory(dir.toFile()).call()) {
            commit(git, Map.of("src/a/A.java", original, "src/a/Moved.java", moved, "README.md", "readme\n"));
            git.branchCreate().setName("pr").call();
            String main = commit(git, Map.of("src/a/OnMain.java", "package a;\nclass OnMain {}\n"));
            git.checkout().setName("pr").call();
            Files.delete(dir.resolve("src/a/Moved.java"));
            git.rm().addFilepattern("src/a/Moved.java").call();
            String head = commit(git, Map.of(
                    "src/a/A.java", original.replace("int two = 2;", "int two = 22;"),
                    "src/b/Moved.java", moved.replace("package a;", "package b;"),
                    "src/a/New.java", "package a;\nclass New {}\n",
                    "README.md", "changed readme\n"));

            try (LocalRepository repo = LocalRepository.open(dir)) {
                List<ChangedText> changed = ChangedLines.since(repo, main, head, p -> p.endsWith(".java")).orElseThrow();

                assertThat(changed).extracting(ChangedText::path, c -> List.copyOf(c.lines())).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("src/a/A.java", List.of(5)),
                        org.assertj.core.groups.Tuple.tuple("src/b/Moved.java", List.of(1)),
                        org.assertj.core.groups.Tuple.tuple("src/a/New.java", List.of(1, 2)));
                assertThat(changed.stream().filter(c -> c.path().equals("src/a/A.java")).findFirst().orElseThrow().text())
                        .contains("int two = 22;");
            }
        }
    }
}
