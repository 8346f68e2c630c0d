package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** `plan` prints a plain summary for a terminal, the pull request's Markdown with --format markdown, JSON with json. */
class PlanOutputTest {
    @TempDir
    Path tmp;
    Path repo;
    String stdout;
    String stderr;

    @BeforeEach
    void checkout() throws Exception {
        repo = tmp.resolve("repo");
        write("src/main/java/com/acme/util/Strings.java", "package com.acme.util;\n\npublic final class Strings {\n}\n");
        write("src/main/java/com/acme/util/Unused.java", "package com.acme.util;\n\npublic class Unused {\n}\n");
        write("src/main/java/com/acme/app/App.java",
                "package com.acme.app;\n\nimport com.acme.util.Strings;\n\npublic class App {\n    Strings s;\n}\n");
        write(".github/consolidation.yml", LocalCliTest.PLAN);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        }
    }

    @Test
    void plain_is_the_default_a_summary_without_markdown() {
        assertThat(run("plan", "--repo", repo.toString())).isEqualTo(Main.FAILED);

        assertThat(stdout).startsWith("Phase utils: Move the string helper next to its users\n"
                        + "  1. move com.acme.util.Strings to com.acme.text.Strings: ")
                .contains("\n  2. delete com.acme.util.Unused: ",
                        "\n  Java files 3 -> 2, lines 15 -> 11; 2 type mappings, 1 import rewrite, 1 reference rewritten\n\n"
                                + "Phase broken: Delete what is still used [problems]\n  1. delete com.acme.text.Strings: ",
                        "\n  Problems (2):\n    src/main/java/com/acme/app/App.java:3: still refers to com.acme.text.Strings")
                .endsWith("\n\n1 phase has problems; nothing was written.\n")
                .doesNotContain("#", "`", "\u2192", "Java files 2 -> 2");
        assertThat(stderr).isEmpty();
        assertThat(run("plan", "--repo", repo.toString(), "--phase", "utils", "--format", "text")).isEqualTo(Main.OK);
        assertThat(stdout).as("--format text, as before, is the terminal's")
                .endsWith("\n\nThe phase is sound; nothing was written. --format markdown lists every file.\n");
    }

    @Test
    void markdown_is_what_the_pull_request_shows() {
        assertThat(run("plan", "--repo", repo.toString(), "--format", "markdown")).isEqualTo(Main.FAILED);

        assertThat(stdout).startsWith("### Phase `utils`: Move the string helper next to its users\n\n1. move ")
                .contains("   - moved (1): `src/main/java/com/acme/util/Strings.java \u2192 src/main/java/com/acme/text/Strings.java`\n",
                        "   - deleted (1): `src/main/java/com/acme/util/Unused.java`\n",
                        "### Phase `broken`: Delete what is still used \u2014 problems\n",
                        "- src/main/java/com/acme/app/App.java:6: still refers to com.acme.text.Strings");
    }

    @Test
    void json_is_one_document_and_nothing_else() throws Exception {
        assertThat(run("plan", "--repo", repo.toString(), "--format", "json")).isEqualTo(Main.FAILED);

        JsonNode doc = new ObjectMapper().readTree(stdout);
        assertThat(doc.get("valid").asBoolean()).as("\"valid\" of %s", stdout).isTrue();
        assertThat(doc.get("phases").findValuesAsText("id")).containsExactly("utils", "broken");
        assertThat(doc.get("phases").get(1).get("hasProblems").asBoolean())
                .as("\"hasProblems\" of %s", doc.get("phases").get(1)).isTrue();
        assertThat(stderr).isEmpty();
    }

    @Test
    void an_invalid_plan_is_listed_plainly_or_in_markdown() throws Exception {
        write(".github/consolidation.yml", "version: 1\nphases:\n  - id: One\n    title: x\n    steps: []\n");

        assertThat(run("plan", "--repo", repo.toString())).isEqualTo(Main.USAGE);
        assertThat(stdout).startsWith("The plan is invalid (").contains("\n  .github/consolidation.yml:3:").doesNotContain("`.github");
        assertThat(run("plan", "--repo", repo.toString(), "--format", "markdown")).isEqualTo(Main.USAGE);
        assertThat(stdout).startsWith("The plan is invalid (").contains("\n- `.github/consolidation.yml:3:");
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
