package dev.consolidator.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A config file is read token by token (no data binding); its values mean what YAML says they mean. */
class ConfigFileValuesTest {
    @Test
    void yaml_booleans_numbers_and_empty_values_read_as_their_values(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.yml");
        Files.writeString(file, "# settings\nport: 0x1F91\nallowInsecureGit: True\nworkerThreads: +3\nwebhookSecret:\n"
                + "githubToken: ~\ndbUrl: '  jdbc:h2:mem:quoted  '\n");

        Config c = Config.load(Optional.of(file), Map.of());

        assertThat(c.port()).isEqualTo(8081);
        assertThat(c).matches(Config::allowInsecureGit, "allowInsecureGit");
        assertThat(c.workerThreads()).isEqualTo(3);
        assertThat(c.webhookSecret()).isEmpty();
        assertThat(c.githubToken()).isEmpty();
        assertThat(c.dbUrl()).isEqualTo("jdbc:h2:mem:quoted");
    }

    @Test
    void a_file_that_is_not_a_mapping_of_single_values_is_a_one_line_error(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.yml");
        Files.writeString(list, "- port\n- 8080\n");
        Path nested = dir.resolve("nested.yml");
        Files.writeString(nested, "port:\n  value: 8080\n");
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "port: [8080\n");

        assertThatThrownBy(() -> Config.load(Optional.of(list), Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be a YAML mapping of settings");
        assertThatThrownBy(() -> Config.load(Optional.of(nested), Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("setting 'port' in " + nested + " must be a single value");
        assertThatThrownBy(() -> Config.load(Optional.of(broken), Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config file " + broken + " is not valid YAML: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
