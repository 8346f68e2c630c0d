package dev.consolidator.app;

import dev.consolidator.testing.TestDatabases;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --verify} for the CLI's plan and apply, with real commands: javac over the phase's sources, and a script
 * that prints 50 lines and fails while any source names the package a phase moves a type into.
 */
class VerifyCommandTest {
    static final String COMPILE = "mkdir -p build && javac -d build $(find src -name '*.java')";
    static final String GUARD = "sh guard.sh";

    @TempDir
    Path tmp;
    Path repo;
    Map<String, String> env;
    String stdout;
    String stderr;

    @BeforeEach
    void checkout() throws Exception {
        repo = tmp.resolve("repo");
        write("src/main/java/com/acme/util/Strings.java", """
                package com.acme.util;

                public final class Strings {
                    public static String shout(String s) {
                        return s.toUpperCase() + "!";
                    }
                }
                """);
        write("src/main/java/com/acme/app/App.java", """
                package com.acme.app;

                import com.acme.util.Strings;

                public class App {
                    public String greet() {
                        return Strings.shout("hello");
                    }
                }
                """);
        write("guard.sh", """
                i=1
                while [ $i -le 50 ]; do echo "guard line $i"; i=$((i + 1)); done
                if grep -rq "com.acme.text" src; then echo "src names com.acme.text" >&2; exit 3; fi
                """);
        write(".github/consolidation.yml", """
                version: 1
                phases:
                  - id: text
                    title: Move the string helper
                    steps:
                      - move: {type: com.acme.util.Strings, to: com.acme.text.Strings}
                  - id: back
                    title: And into util again
                    steps:
                      - move: {type: com.acme.text.Strings, to: com.acme.util.Texts}
                """);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        }
        env = Map.of("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(tmp.resolve("db/consolidator")));
    }

    @Test
    void plan_verify_compiles_every_phase_in_a_temporary_copy_and_leaves_the_checkout_alone() throws Exception {
        int code = run("plan", "--repo", repo.toString(), "--verify", COMPILE);

        assertThat(code).as(stdout + stderr).isZero();
        assertThat(stdout).contains("verify after phase text: `" + COMPILE + "` passed",
                "verify after phase back: `" + COMPILE + "` passed");
        assertThat(repo.resolve("build")).doesNotExist();
        assertCheckoutUntouched();
    }

    @Test
    void plan_verify_stops_at_the_failing_phase_and_shows_its_last_lines_and_exit_code() throws Exception {
        int code = run("plan", "--repo", repo.toString(), "--verify", GUARD);

        assertThat(code).isEqualTo(Main.FAILED);
        assertThat(stdout).contains("verify failed after phase text: `sh guard.sh` exited with code 3; its last 30"
                + " lines:\n", "  | guard line 22\n", "  | guard line 50\n  | src names com.acme.text\n");
        assertThat(stdout).doesNotContain("guard line 21\n", "phase back:");
        assertCheckoutUntouched();
    }

    @Test
    void plan_verify_with_json_reports_the_verdicts() throws Exception {
        int code = run("plan", "--repo", repo.toString(), "--format", "json", "--verify", GUARD);

        assertThat(code).isEqualTo(Main.FAILED);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout);
        assertThat(json.get("verify")).hasSize(1);
        assertThat(json.get("verify").get(0).get("phase").asText()).isEqualTo("text");
        assertThat(json.get("verify").get(0).get("exitCode").asInt()).isEqualTo(3);
        assertThat(json.get("verify").get(0).get("lastLines")).hasSize(30);
    }

    @Test
    void apply_verify_that_fails_leaves_the_phase_branch_checked_out_for_inspection() throws Exception {
        int code = run("apply", "--repo", repo.toString(), "--phase", "text", "--verify", GUARD);

        assertThat(code).isEqualTo(Main.FAILED);
        assertThat(stdout).contains("Applied phase text", "verify failed after phase text: `sh guard.sh` exited with"
                + " code 3", "  | src names com.acme.text\n");
        assertThat(stderr).contains("the branch is left for inspection");
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("consolidation/text");
        }
        assertThat(repo.resolve("src/main/java/com/acme/text/Strings.java")).exists();
    }

    @Test
    void apply_verify_compiles_the_applied_phase_in_the_checkout() throws Exception {
        int code = run("apply", "--repo", repo.toString(), "--phase", "text", "--verify", COMPILE);

        assertThat(code).as(stdout + stderr).isZero();
        assertThat(stdout).contains("verify after phase text: `" + COMPILE + "` passed");
        assertThat(repo.resolve("build/com/acme/text/Strings.class")).exists();
    }

    private void assertCheckoutUntouched() throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            assertThat(git.getRepository().getRefDatabase().getRefsByPrefix(Constants.R_HEADS + "consolidation/")).isEmpty();
            assertThat(git.status().call()).satisfies(s -> assertThat(s.isClean())
                    .as("clean (untracked %s, uncommitted %s)", s.getUntracked(), s.getUncommittedChanges()).isTrue());
        }
    }

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private int run(String... args) {
        CliRun run = CliRun.of(env, args);
        stdout = run.stdout();
        stderr = run.stderr();
        return run.code();
    }
}
