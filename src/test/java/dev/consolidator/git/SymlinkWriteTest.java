package dev.consolidator.git;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A directory committed as a symbolic link (to outside the repository) is never written or deleted through. */
class SymlinkWriteTest {
    static final GitIdentity BOT = new GitIdentity("consolidator[bot]", "bot@consolidator.dev");

    @TempDir
    Path tmp;

    @Test
    void the_tree_lists_the_link_and_commits_refuse_to_write_or_delete_through_it() throws Exception {
        Path work = tmp.resolve("repo");
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("Target.java"), "package b;\npublic class Target {}\n");
        Files.createDirectories(work.resolve("src/main/java/a"));
        Files.writeString(work.resolve("src/main/java/a/A.java"), "package a;\nclass A {}\n");
        Files.createSymbolicLink(work.resolve("src/main/java/b"), outside);
        String head;
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            head = git.commit().setMessage("with a link").setAuthor("Dev", "dev@example.com")
                    .setCommitter("Dev", "dev@example.com").call().name();
        }

        try (LocalRepository repository = LocalRepository.open(work)) {
            assertThat(ReadTextFiles.atCommit(repository, head).links()).containsExactly("src/main/java/b");

            assertThatThrownBy(() -> CommitChanges.on(repository, CommitRequest.of("phase", head,
                    Map.of("src/main/java/b/Target.java", "package b;\npublic class Target { int merged; }\n"),
                    Set.of(), "write through the link", BOT)))
                    .hasMessageContaining("src/main/java/b is a symbolic link");
            assertThatThrownBy(() -> CommitChanges.on(repository, CommitRequest.of("phase", head, Map.of(),
                    Set.of("src/main/java/b"), "delete the link", BOT)))
                    .hasMessageContaining("src/main/java/b is a symbolic link");
        }
        assertThat(Files.readString(outside.resolve("Target.java"))).isEqualTo("package b;\npublic class Target {}\n");
        assertThat(work.resolve("src/main/java/b")).isSymbolicLink();
    }
}
