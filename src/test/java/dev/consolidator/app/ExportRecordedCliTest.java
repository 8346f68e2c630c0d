package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consolidator.testing.TestDatabases;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI with a plan that keeps {@code exports:} files: {@code plan} lists them, {@code apply} commits them with the
 * phase, and {@code export} then prefers what the applied phase recorded over the plan, which may have been edited.
 */
class ExportRecordedCliTest {
    static final String RECIPE = "src/main/resources/META-INF/rewrite/consolidation.yml";
    static final String PLAN = """
            version: 1
            exports:
              openrewrite: src/main/resources/META-INF/rewrite/consolidation.yml
              guide: MIGRATION.md
            phases:
              - id: utils
                title: The util package becomes text
                steps:
                  - movePackage:
                      from: com.acme.util
                      to: com.acme.text
                  - merge:
                      types: [com.acme.extra.Shout]
                      into: com.acme.text.Strings
                      as: members
                      methods:
                        loud: shout
              - id: cleanup
                title: Drop the unused
                steps:
                  - delete:
                      types: [com.acme.other.Unused]
            """;

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
                    public static String trim(String s) {
                        return s.trim();
                    }
                }
                """);
        write("src/main/java/com/acme/util/Chars.java", "package com.acme.util;\n\npublic final class Chars {\n}\n");
        write("src/test/java/com/acme/util/StringsTest.java", "package com.acme.util;\n\nclass StringsTest {\n}\n");
        write("src/main/java/com/acme/extra/Shout.java", """
                package com.acme.extra;

                public final class Shout {
                    public static String loud(String s) {
                        return s.toUpperCase();
                    }
                }
                """);
        write("src/main/java/com/acme/other/Unused.java", "package com.acme.other;\n\npublic class Unused {\n}\n");
        write(".github/consolidation.yml", PLAN);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            CliRun.identify(git);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        }
        env = Map.of("CONSOLIDATOR_DB_URL", TestDatabases.h2Url(tmp.resolve("db/consolidator")));
    }

    @Test
    void a_dry_run_lists_the_export_files_each_phase_would_change() {
        assertThat(run("plan", "--repo", repo.toString())).as(stderr).isZero();
        assertThat(stdout).contains("Export files updated: " + RECIPE + ", MIGRATION.md");

        assertThat(run("plan", "--repo", repo.toString(), "--format", "markdown")).as(stderr).isZero();
        assertThat(stdout).contains("- added (2): `MIGRATION.md`, `" + RECIPE + "`",
                "- changed (2): `MIGRATION.md`, `" + RECIPE + "`");
    }

    @Test
    void apply_commits_the_export_files_with_the_phase_and_a_second_apply_changes_nothing() throws Exception {
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();

        assertThat(stdout).contains("Export files updated: " + RECIPE + ", MIGRATION.md");
        assertThat(Files.readString(repo.resolve(RECIPE))).isEqualTo(RECORDED_UTILS + """
                ---
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation
                displayName: 'Every consolidation phase, in order'
                recipeList:
                  - consolidation.utils
                """);
        List<RevCommit> log = new ArrayList<>();
        try (Git git = Git.open(repo.toFile())) {
            git.log().call().forEach(log::add);
            assertThat(log).hasSize(3);
            assertThat(log.get(0).getShortMessage()).startsWith("consolidate(utils): merge");

            assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
            assertThat(stdout).contains("already applied");
            assertThat(git.status().call()).satisfies(s -> assertThat(s.isClean())
                    .as("clean (untracked %s, uncommitted %s)", s.getUntracked(), s.getUncommittedChanges()).isTrue());
            assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(log.get(0).name());
        }
    }

    @Test
    void export_takes_an_applied_phase_from_what_it_recorded_even_after_the_plan_changed() throws Exception {
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
        Files.writeString(repo.resolve(".github/consolidation.yml"), PLAN
                .replace("title: The util package becomes text", "title: Edited after the merge")
                .replace("loud: shout", "loud: yell"));

        assertThat(run("export", "--repo", repo.toString())).as(stderr).isZero();

        assertThat(stdout).isEqualTo(RECORDED_UTILS + """
                ---
                # consolidation.cleanup: from the plan's steps (no recorded result)
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation.cleanup
                displayName: 'Drop the unused'
                recipeList: []
                # removed: com.acme.other.Unused (no replacement)
                ---
                type: specs.openrewrite.org/v1beta/recipe
                name: consolidation
                displayName: 'Every consolidation phase, in order'
                recipeList:
                  - consolidation.utils
                  - consolidation.cleanup
                """);
        assertThat(run("export", "--repo", repo.toString(), "--format", "json")).as(stderr).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout);
        assertThat(json.get("sources").toString()).isEqualTo("{\"utils\":\"recorded\",\"cleanup\":\"plan\"}");
        assertThat(json.get("mappings").get(2).get("methods").toString()).isEqualTo("{\"loud\":\"shout\"}");
        assertThat(run("export", "--repo", repo.toString(), "--format", "markdown", "--phase", "utils")).isZero();
        assertThat(stdout).contains("## utils: The util package becomes text\n\n<!-- from the mappings recorded when"
                + " the phase was applied -->").doesNotContain("Edited after the merge", "yell");
    }

    @Test
    void without_a_database_yet_export_reads_the_plan_and_creates_nothing() {
        assertThat(run("export", "--repo", repo.toString())).as(stderr).isZero();

        assertThat(stdout).contains("# consolidation.utils: from the plan's steps (no recorded result)\n",
                "      oldPackageName: com.acme.util\n");
        assertThat(tmp.resolve("db")).doesNotExist();
    }

    /** The package move as exactly the main types that moved, then the merge with its method rename. */
    static final String RECORDED_UTILS = """
            # consolidation.utils: from the mappings recorded when the phase was applied
            type: specs.openrewrite.org/v1beta/recipe
            name: consolidation.utils
            displayName: 'The util package becomes text'
            recipeList:
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: com.acme.util.Chars
                  newFullyQualifiedTypeName: 'com.acme.text.Chars'
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: com.acme.util.Strings
                  newFullyQualifiedTypeName: 'com.acme.text.Strings'
              - org.openrewrite.java.ChangeMethodName:
                  methodPattern: 'com.acme.extra.Shout loud(..)'
                  newMethodName: shout
              - org.openrewrite.java.ChangeType:
                  oldFullyQualifiedTypeName: com.acme.extra.Shout
                  newFullyQualifiedTypeName: 'com.acme.text.Strings'
            """;

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
