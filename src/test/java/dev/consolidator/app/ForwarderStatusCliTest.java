package dev.consolidator.app;

import dev.consolidator.testing.TestDatabases;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI on a real checkout: {@code status --repo} counts, at HEAD, the code still using a phase's forwarders, and a
 * later phase's {@code removeForwarders} is refused naming that code until it follows, then deletes the forwarder.
 */
class ForwarderStatusCliTest {
    static final String PLAN = """
            version: 1
            compatibility: forwarding
            phases:
              - id: strings
                title: Move the string helper next to its users
                steps:
                  - move:
                      type: com.acme.util.Strings
                      to: com.acme.text.Strings
              - id: cleanup
                title: Drop the forwarders of the move
                steps:
                  - removeForwarders: {phase: strings}
            """;
    static final String FORWARDER = "src/main/java/com/acme/util/Strings.java";
    static final String LATE = "src/main/java/com/acme/late/Late.java";

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

                public class Strings {
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
        write(".github/consolidation.yml", PLAN);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            CliRun.identify(git);
        }
        commit("initial");
        env = Map.of("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(tmp.resolve("db/consolidator")));
    }

    @Test
    void status_counts_the_uses_of_a_phases_forwarders_at_head_and_remove_forwarders_waits_for_them() throws Exception {
        // given the move applied with its forwarder, and code written since that still uses the old name
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "strings")).as(stderr).isZero();
        assertThat(Files.readString(repo.resolve(FORWARDER))).contains("@deprecated use {@link com.acme.text.Strings}");
        write(LATE, "package com.acme.late;\n\nclass Late {\n    String a = com.acme.util.Strings.shout(\"a\");\n"
                + "    String b = com.acme.util.Strings.shout(\"b\") + com.acme.util.Strings.shout(\"c\");\n}\n");
        String head = commit("late user");

        // when status is asked, then it counts one file and two lines using the forwarder at HEAD
        assertThat(run("status", "--repo", repo.toString())).as(stderr).isZero();
        assertThat(stdout).contains("\nForwarders still in use at HEAD " + head.substring(0, 12)
                + " (code naming an old, forwarded type):\n"
                + "phase                    forwarders  files  lines\n"
                + "strings                  1           1      2\n");

        // and on a database that recorded nothing (the phase was applied elsewhere), from the plan and the mark
        Map<String, String> recorded = env;
        env = Map.of("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(tmp.resolve("other-db/consolidator")));
        assertThat(run("status", "--repo", repo.toString())).as(stderr).isZero();
        assertThat(stdout).startsWith("No phases recorded for " + repo + ".\n")
                .contains("strings                  1           1      2\n");
        env = recorded;

        // when the forwarders are to go, then the step is refused naming the user, and nothing is written
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "cleanup")).isEqualTo(1);
        assertThat(stdout).contains("the forwarders of phase `strings` are still used in 1 file, on 2 lines",
                LATE + ":4: still uses com.acme.util.Strings, a forwarder of phase `strings` that this step removes;"
                        + " use com.acme.text.Strings instead",
                LATE + ":5: still uses com.acme.util.Strings");
        assertThat(repo.resolve(FORWARDER)).exists();

        // once the user follows, status counts zero and the forwarder goes
        write(LATE, "package com.acme.late;\n\nclass Late {\n    String a = com.acme.text.Strings.shout(\"a\");\n}\n");
        commit("follow the move");
        assertThat(run("status", "--repo", repo.toString())).as(stderr).isZero();
        assertThat(stdout).contains("strings                  1           0      0\n");
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "cleanup")).as(stdout + stderr).isZero();
        assertThat(repo.resolve(FORWARDER)).doesNotExist();
        assertThat(run("status", "--repo", repo.toString())).as(stderr).isZero();
        assertThat(stdout).contains("cleanup").doesNotContain("Forwarders still in use");
    }

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String commit(String message) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            return git.commit().setMessage(message).setAuthor("Dev", "dev@example.com")
                    .setCommitter("Dev", "dev@example.com").call().name();
        }
    }

    private int run(String... args) {
        CliRun run = CliRun.of(env, args);
        stdout = run.stdout();
        stderr = run.stderr();
        return run.code();
    }
}
