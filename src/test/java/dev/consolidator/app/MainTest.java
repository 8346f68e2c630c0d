package dev.consolidator.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MainTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String... args) {
        return Main.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unknown_command_prints_usage_and_exits_2() {
        assertEquals(2, run(Map.of(), "frobnicate"));
        assertThat(err()).contains("unknown command: frobnicate");
        assertThat(err()).contains("usage: consolidator [--config FILE] <command>");
        assertThat(err()).contains("serve");
    }

    @Test
    void no_command_exits_2_and_help_exits_0() {
        assertEquals(2, run(Map.of()));
        assertEquals(0, run(Map.of(), "help"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve");
    }

    @Test
    void serve_without_a_secret_refuses_with_one_line_naming_the_variable() {
        assertEquals(1, run(Map.of(), "serve"));
        assertEquals(1, err().lines().count(), err());
        assertThat(err()).contains("CONSOLIDATOR_WEBHOOK_SECRET");
    }

    @Test
    void config_flag_is_accepted_anywhere_and_needs_a_file() {
        assertEquals(1, run(Map.of(), "serve", "--config", "/no/such/file.yml"));
        assertThat(err()).contains("config file not found: /no/such/file.yml");
        assertEquals(2, run(Map.of(), "serve", "--config"));
    }
}
