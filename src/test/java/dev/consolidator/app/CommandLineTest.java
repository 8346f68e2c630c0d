package dev.consolidator.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line as people expect it: --help everywhere, --version, usage on a wrong line, shell completion. */
class CommandLineTest {
    @TempDir
    Path tmp;
    String stdout;
    String stderr;

    int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "plan", "apply", "rollback", "status", "export", "generate-completion"})
    void help_on_each_command_prints_its_usage_and_exits_0(String command) {
        assertThat(run(command, "--help")).as(stderr).isEqualTo(Main.OK);

        assertThat(stdout).startsWith("usage: consolidator " + command).contains("--help", "--version");
        assertThat(stderr).isEmpty();
        assertThat(run("help", command)).isEqualTo(Main.OK);
        assertThat(stdout).startsWith("usage: consolidator " + command);
    }

    @Test
    void help_of_a_command_lists_its_options_and_exit_codes() {
        assertThat(run("plan", "-h")).isEqualTo(Main.OK);

        assertThat(stdout).contains("--repo=DIR", "--plan=FILE", "--phase=ID", "--format=FORMAT", "--verify=COMMAND",
                "--config=FILE", "--verbose", "Exit codes: 0 no problems, 1 problems found");
    }

    @Test
    void version_prints_the_project_version_from_the_pom() throws Exception {
        String version = pomVersion();

        assertThat(run("--version")).isEqualTo(Main.OK);
        assertThat(stdout).startsWith("consolidator " + version + "\n");
        for (String command : List.of("plan", "rollback", "generate-completion")) {
            assertThat(run(command, "--version")).isEqualTo(Main.OK);
            assertThat(stdout).as(command).startsWith("consolidator " + version + "\n");
        }
    }

    @Test
    void an_unknown_option_says_which_prints_the_commands_usage_and_exits_2() {
        assertThat(run("plan", "--repo", tmp.toString(), "--frobnicate")).isEqualTo(Main.USAGE);

        assertThat(stderr).startsWith("plan: Unknown option: '--frobnicate'").contains("usage: consolidator plan");
        assertThat(stdout).isEmpty();
    }

    @Test
    void a_missing_value_or_a_wrong_format_is_a_usage_error_with_the_usage() {
        assertThat(run("apply", "--repo", tmp.toString(), "--phase")).isEqualTo(Main.USAGE);
        assertThat(stderr).contains("apply: Missing required parameter for option '--phase'", "usage: consolidator apply");
        assertThat(run("plan", "--repo", tmp.toString(), "--format", "xml")).isEqualTo(Main.USAGE);
        assertThat(stderr).contains("plan: --format is plain, markdown or json", "usage: consolidator plan");
        assertThat(run("rollback", "--phase", "utils")).isEqualTo(Main.USAGE);
        assertThat(stderr).contains("rollback: --repo is required");
        assertThat(run("status", "extra")).isEqualTo(Main.USAGE);
        assertThat(stderr).contains("status: Unmatched argument at index 1: 'extra'");
    }

    @Test
    void the_bare_command_prints_the_command_list_on_stderr_and_exits_2() {
        assertThat(run()).isEqualTo(Main.USAGE);

        assertThat(stderr).startsWith("usage: consolidator [--config FILE] <command> [args]")
                .contains("serve", "plan", "apply", "rollback", "status", "export", "generate-completion", "--verbose");
        assertThat(stdout).isEmpty();
    }

    @Test
    void the_completion_script_completes_commands_options_and_formats_in_bash() throws Exception {
        assertThat(run("generate-completion")).isEqualTo(Main.OK);
        assertThat(stdout).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_consolidator");
        Path script = tmp.resolve("consolidator-completion.sh");
        Files.writeString(script, stdout);
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the script");

        assertThat(complete(script, "consolidator", "ro")).isEqualTo("rollback");
        assertThat(complete(script, "consolidator", "rollback", "--")).contains("--repo", "--phase", "--config", "--verbose");
        assertThat(complete(script, "consolidator", "plan", "--format", "")).isEqualTo("plain markdown json");
        assertThat(complete(script, "consolidator", "export", "--format", "")).isEqualTo("openrewrite json markdown");
    }

    /** What bash offers for the last word, as it would after Tab. */
    private static String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String bash = "source '" + script + "'; compopt() { :; }; COMP_WORDS=(" + String.join(" ", List.of(words).stream()
                .map(w -> "'" + w + "'").toList()) + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line
                + "'; COMP_POINT=${#COMP_LINE}; _complete_consolidator; echo \"${COMPREPLY[@]}\"";
        Process process = new ProcessBuilder("/bin/bash", "-c", bash).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bash ends within 30 s (it printed: %s)", output).isTrue();
        return output;
    }

    private static String pomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>consolidator</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("the project version in pom.xml").isTrue();
        return m.group(1);
    }
}
