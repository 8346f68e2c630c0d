package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** `consolidator export` end to end: the plan file of a checkout in a temp dir, through Main, to standard output. */
class ExportCliTest {
    @TempDir
    Path tmp;
    Path repo;
    String stdout;
    String stderr;

    @BeforeEach
    void checkout() throws Exception {
        repo = tmp.resolve("repo");
        Path plan = repo.resolve(".github/consolidation.yml");
        Files.createDirectories(plan.getParent());
        Files.writeString(plan, LocalCliTest.PLAN);
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // a database of this test's own that does not exist, never ./data of whoever runs the tests: export reads
        // recorded mappings from the default database when it holds any
        Map<String, String> env = Map.of("CONSOLIDATOR_DB_URL", "jdbc:h2:file:" + tmp.resolve("db/consolidator"));
        int code = Main.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void export_prints_the_openrewrite_recipes_of_every_phase_by_default() {
        assertThat(run("export", "--repo", repo.toString())).isZero();

        assertThat(stderr).isEmpty();
        assertThat(stdout).isEqualTo("""
                # consolidation.utils: from the plan's steps (no recorded result)
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation.utils
                displayName: 'Move the string helper next to its users'
                recipeList:
                  - org.openrewrite.java.ChangeType:
                      oldFullyQualifiedTypeName: com.acme.util.Strings
                      newFullyQualifiedTypeName: 'com.acme.text.Strings'
                # removed: com.acme.util.Unused (no replacement)
                ---
                # consolidation.broken: from the plan's steps (no recorded result)
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation.broken
                displayName: 'Delete what is still used'
                recipeList: []
                # removed: com.acme.text.Strings (no replacement)
                ---
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation
                displayName: 'Every consolidation phase, in order'
                recipeList:
                  - consolidation.utils
                  - consolidation.broken
                """);
    }

    @Test
    void export_as_json_of_one_phase_is_only_that_phases_mappings() throws Exception {
        assertThat(run("export", "--repo", repo.toString(), "--phase", "utils", "--format", "json")).isZero();

        JsonNode mappings = new ObjectMapper().readTree(stdout).get("mappings");
        assertThat(mappings).hasSize(2);
        assertThat(mappings.get(0).get("old").asText()).isEqualTo("com.acme.util.Strings");
        assertThat(mappings.get(0).get("new").asText()).isEqualTo("com.acme.text.Strings");
        assertThat(mappings.get(1).get("kind").asText()).isEqualTo("delete");
    }

    @Test
    void export_takes_the_phase_option_more_than_once_and_keeps_plan_order() {
        assertThat(run("export", "--repo", repo.toString(), "--phase", "broken", "--phase=utils", "--format", "markdown")).isZero();

        assertThat(stdout).startsWith("# Migration guide\n\n## utils: ");
        assertThat(stdout.indexOf("## broken:")).isGreaterThan(stdout.indexOf("## utils:"));
        assertThat(stdout).contains("| `com.acme.util.Strings` | `com.acme.text.Strings` | moved |",
                "-Drewrite.activeRecipes=consolidation");
    }

    @Test
    void unknown_phase_format_or_missing_repo_exits_2_with_a_reason_and_prints_nothing() throws Exception {
        assertThat(run("export", "--repo", repo.toString(), "--phase", "nope")).isEqualTo(2);
        assertThat(stderr).contains("the plan has no phase nope; its phases are utils, broken");
        assertThat(run("export", "--repo", repo.toString(), "--format", "yaml")).isEqualTo(2);
        assertThat(stderr).contains("--format is openrewrite, json or markdown");
        assertThat(run("export", "--format", "json")).isEqualTo(2);
        assertThat(stderr).contains("--repo is required");
        assertThat(run("export", "--repo", tmp.resolve("elsewhere").toString())).isEqualTo(2);
        Files.writeString(repo.resolve(".github/consolidation.yml"), "version: 1\nphases: 3\n");
        assertThat(run("export", "--repo", repo.toString())).isEqualTo(2);
        assertThat(stderr).contains("the plan is not valid");
        assertThat(stdout).isEmpty();
    }
}
