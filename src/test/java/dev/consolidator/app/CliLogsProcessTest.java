package dev.consolidator.app;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a real process, logging as in production (the main classpath's simplelogger.properties, not
 * the tests' quieter one): a command prints its own output and no INFO lines unless --verbose, and shows no
 * progress when its standard error is not a terminal.
 */
class CliLogsProcessTest {
    @TempDir
    Path dir;

    record Run(int code, String stdout, String stderr) {
    }

    @Test
    void a_command_prints_no_info_lines_unless_verbose() throws Exception {
        Run quiet = consolidator("status");

        assertThat(quiet.code()).as(quiet.stderr()).isZero();
        assertThat(quiet.stdout()).isEqualTo("No phases recorded.\n");
        assertThat(quiet.stderr()).isEmpty();

        Run verbose = consolidator("status", "--verbose");

        assertThat(verbose.code()).as(verbose.stderr()).isZero();
        assertThat(verbose.stdout()).isEqualTo("No phases recorded.\n");
        assertThat(verbose.stderr()).contains("INFO dev.consolidator.store.Database - database ready at jdbc:h2:file:");
    }

    @Test
    void plan_in_a_pipe_prints_its_report_and_no_progress() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("src/main/java/com/acme/util"));
        Files.writeString(repo.resolve("src/main/java/com/acme/util/Strings.java"), "package com.acme.util;\n\npublic final class Strings {\n}\n");
        Files.createDirectories(repo.resolve(".github"));
        Files.writeString(repo.resolve(".github/consolidation.yml"), """
                version: 1
                phases:
                  - id: utils
                    title: Move the helper
                    steps:
                      - move:
                          type: com.acme.util.Strings
                          to: com.acme.text.Strings
                """);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        }

        Run plan = consolidator("plan", "--repo", repo.toString());

        assertThat(plan.code()).as(plan.stderr()).isZero();
        assertThat(plan.stdout()).startsWith("Phase utils: Move the helper\n");
        assertThat(plan.stderr()).isEmpty();
    }

    private Run consolidator(String... args) throws Exception {
        List<String> command = ChildJvm.java("-cp", productionClasspath(), Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(TestConfigs.env(dir));
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The test classpath without the test classes and resources, so logging is configured as in the jar. */
    private static String productionClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
