package dev.consolidator.app;

import dev.consolidator.testing.TestDatabases;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A package directory that is a symbolic link to outside the repository: refused by name, nothing written through it. */
class SymlinkCliTest {
    @TempDir
    Path tmp;
    Path repo;
    Path outside;
    String stdout;
    String stderr;

    @BeforeEach
    void checkout_with_a_package_linked_outside() throws Exception {
        repo = tmp.resolve("repo");
        outside = tmp.resolve("outside/text");
        write(repo.resolve("src/main/java/com/acme/util/Strings.java"), "package com.acme.util;\n\npublic final class Strings {\n}\n");
        write(repo.resolve("src/main/java/com/acme/app/App.java"),
                "package com.acme.app;\n\nimport com.acme.util.Strings;\n\npublic class App {\n    Strings s;\n}\n");
        write(outside.resolve("Strings.java"), "package com.acme.text;\n\n/** The original, behind the link. */\npublic final class Strings {\n}\n");
        Files.createSymbolicLink(repo.resolve("src/main/java/com/acme/text"), outside);
        write(repo.resolve(".github/consolidation.yml"), """
                version: 1
                phases:
                  - id: into-link
                    title: Move the helper into the linked package
                    steps:
                      - move:
                          type: com.acme.util.Strings
                          to: com.acme.text.Strings
                """);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        }
    }

    @Test
    void a_step_that_would_write_through_a_symlinked_package_is_refused_naming_the_link() throws Exception {
        int plan = run("plan", "--repo", repo.toString());
        assertThat(plan).as(stdout + stderr).isEqualTo(1);
        assertThat(stdout).contains("symbolic link src/main/java/com/acme/text");

        int apply = run("apply", "--repo", repo.toString(), "--phase", "into-link");

        assertThat(apply).as(stdout + stderr).isEqualTo(1);
        assertThat(stdout + stderr).contains("symbolic link src/main/java/com/acme/text");
        assertThat(repo.resolve("src/main/java/com/acme/text")).isSymbolicLink();
        assertThat(Files.readString(outside.resolve("Strings.java"))).contains("The original, behind the link.");
        assertThat(outside.getParent()).isDirectoryNotContaining(p -> !p.equals(outside));
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), Map.of("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(tmp.resolve("db/consolidator"))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }
}
