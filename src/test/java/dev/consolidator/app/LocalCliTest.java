package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consolidator.store.Database;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.testing.TestDatabases;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The local CLI end to end: a real git checkout in a temp dir, the real engine, a real H2 file. */
class LocalCliTest {
    @TempDir
    Path tmp;
    Path repo;
    Map<String, String> env;
    String stdout;
    String stderr;

    static final String PLAN = """
            version: 1
            phases:
              - id: utils
                title: Move the string helper next to its users
                steps:
                  - move:
                      type: com.acme.util.Strings
                      to: com.acme.text.Strings
                  - delete:
                      types: [com.acme.util.Unused]
              - id: broken
                title: Delete what is still used
                steps:
                  - delete:
                      types: [com.acme.text.Strings]
            """;

    @BeforeEach
    void checkout() throws Exception {
        repo = tmp.resolve("repo");
        write("src/main/java/com/acme/util/Strings.java", """
                package com.acme.util;

                public final class Strings {
                    private Strings() {
                    }

                    public static String shout(String s) {
                        return s.toUpperCase() + "!";
                    }
                }
                """);
        write("src/main/java/com/acme/util/Unused.java", "package com.acme.util;\n\npublic class Unused {\n}\n");
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
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        }
        env = Map.of("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(tmp.resolve("db/consolidator")));
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

    @Test
    void apply_writes_backup_and_phase_branch_with_one_commit_per_step_and_records_it() throws Exception {
        String base;
        try (Git git = Git.open(repo.toFile())) {
            base = git.getRepository().resolve("HEAD").name();
        }

        assertEquals(0, run("apply", "--repo", repo.toString(), "--phase", "utils"), stderr);

        try (Git git = Git.open(repo.toFile())) {
            var r = git.getRepository();
            assertEquals("consolidation/utils", r.getBranch(), "the phase branch is checked out");
            assertEquals(base, r.resolve("consolidation/backup/utils").name(), "backup at the base commit");
            List<RevCommit> log = new ArrayList<>();
            git.log().add(r.resolve("consolidation/utils")).call().forEach(log::add);
            assertThat(log).hasSize(3);
            assertThat(log.get(1).getShortMessage())
                    .startsWith("consolidate(utils): move com.acme.util.Strings to com.acme.text.Strings");
            assertThat(log.get(0).getShortMessage()).startsWith("consolidate(utils): delete com.acme.util.Unused");
            assertEquals("Dev", log.get(0).getAuthorIdent().getName(), "commits as the checkout's configured user");
        }
        assertThat(repo.resolve("src/main/java/com/acme/text/Strings.java")).exists();
        assertThat(repo.resolve("src/main/java/com/acme/util/Unused.java")).doesNotExist();
        assertThat(Files.readString(repo.resolve("src/main/java/com/acme/app/App.java")))
                .contains("import com.acme.text.Strings;");
        assertThat(stdout).contains("Applied phase utils");
        assertThat(stdout).contains("Backup: consolidation/backup/utils at " + base.substring(0, 12));

        try (Database db = Database.open(env.get("CONSOLIDATOR_DB_URL"))) {
            String key = "local:" + repo.toAbsolutePath().normalize();
            PhaseRecord phase = new PhaseStore(db.dataSource()).find(key, "utils").orElseThrow();
            assertEquals(PhaseState.OPEN, phase.state());
            assertEquals(base, phase.baseCommit());
            assertEquals(3, phase.filesBefore());
            assertEquals(2, phase.filesAfter());
            PhaseDetails details = new PhaseDetails(db.dataSource());
            assertThat(details.steps(phase.rowId())).hasSize(2);
            assertThat(details.manifest(phase.rowId())).as("every file of the base commit").hasSize(4);
            assertThat(details.mappings(phase.rowId())).anyMatch(m -> m.originalType().equals("com.acme.util.Strings")
                    && m.newType().equals("com.acme.text.Strings"));
            assertThat(details.importChanges(phase.rowId())).anyMatch(i -> "com.acme.util.Strings".equals(i.oldImport())
                    && "com.acme.text.Strings".equals(i.newImport()));
        }

        assertEquals(0, run("status", "--repo", repo.toString()), stderr);
        assertThat(stdout).contains("utils", "open");
        assertEquals(0, run("apply", "--repo", repo.toString(), "--phase", "utils"), stderr);
        assertThat(stdout).as("a second apply on the phase branch is a no-op: " + stdout).contains("already applied");
    }

    @Test
    void apply_refuses_a_dirty_working_tree_and_writes_nothing() throws Exception {
        write("src/main/java/com/acme/app/App.java", "package com.acme.app;\n\npublic class App {}\n");

        assertEquals(1, run("apply", "--repo", repo.toString(), "--phase", "utils"));

        assertThat(stderr).contains("uncommitted changes", "src/main/java/com/acme/app/App.java");
        try (Git git = Git.open(repo.toFile())) {
            assertEquals(null, git.getRepository().exactRef(Constants.R_HEADS + "consolidation/backup/utils"));
        }
    }

    @Test
    void phase_with_problems_exits_1_and_writes_no_branch() throws Exception {
        Path plan = repo.resolve(".github/delete-used.yml");
        Files.createDirectories(repo.resolve(".git/info"));
        Files.writeString(repo.resolve(".git/info/exclude"), ".github/delete-used.yml\n");
        Files.writeString(plan, PLAN.replace("types: [com.acme.text.Strings]", "types: [com.acme.util.Strings]"));

        assertEquals(1, run("apply", "--repo", repo.toString(), "--phase", "broken", "--plan", plan.toString()));

        assertThat(stdout).contains("Problems (", "src/main/java/com/acme/app/App.java");
        assertThat(stderr).contains("nothing was written");
        try (Git git = Git.open(repo.toFile())) {
            assertEquals(null, git.getRepository().exactRef(Constants.R_HEADS + "consolidation/broken"));
            assertEquals(null, git.getRepository().exactRef(Constants.R_HEADS + "consolidation/backup/broken"));
            assertEquals("main", git.getRepository().getBranch());
        }
    }

    @Test
    void a_user_of_a_moved_type_in_an_iso_8859_1_file_refuses_the_phase_instead_of_being_missed() throws Exception {
        // given a second user of Strings, saved in ISO-8859-1 as older projects do
        Path latin1 = repo.resolve("src/main/java/com/acme/app/Greeter.java");
        Files.write(latin1, ("package com.acme.app;\n\nimport com.acme.util.Strings;\n\n/** Gr\u00fc\u00dfe. */\n"
                + "class Greeter {\n    String hi = Strings.shout(\"gr\u00fc\u00df dich\");\n}\n").getBytes(StandardCharsets.ISO_8859_1));
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a latin-1 source").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        }
        byte[] bytes = Files.readAllBytes(latin1);

        // when the phase that moves Strings is applied
        assertEquals(1, run("apply", "--repo", repo.toString(), "--phase", "utils"));

        // then it is refused, naming the file, and nothing is written
        assertThat(stdout).contains("src/main/java/com/acme/app/Greeter.java is not UTF-8");
        assertArrayEquals(bytes, Files.readAllBytes(latin1));
        try (Git git = Git.open(repo.toFile())) {
            assertEquals(null, git.getRepository().exactRef(Constants.R_HEADS + "consolidation/utils"));
        }
    }

    @Test
    void plan_dry_runs_every_phase_on_top_of_the_previous_and_reports_problems() {
        assertEquals(1, run("plan", "--repo", repo.toString(), "--format", "markdown"));

        assertThat(stdout).contains("### Phase `utils`");
        assertThat(stdout).contains("### Phase `broken`");
        assertThat(stdout).contains("Problems (");
    }

    @Test
    void plan_as_json_prints_only_the_json_document() throws Exception {
        assertEquals(0, run("plan", "--repo", repo.toString(), "--phase", "utils", "--format", "json"), stderr);

        JsonNode doc = new ObjectMapper().readTree(stdout);
        assertThat(doc.get("valid").asBoolean()).as("\"valid\" of %s", stdout).isTrue();
        assertThat(doc.get("phases")).hasSize(1);
        JsonNode utils = doc.get("phases").get(0);
        assertEquals("utils", utils.get("id").asText());
        assertThat(utils.get("steps")).hasSize(2);
        assertEquals(3, utils.get("metrics").get("javaFilesBefore").asInt());
        assertEquals(2, utils.get("metrics").get("javaFilesAfter").asInt());
    }

    @Test
    void invalid_plan_exits_2_naming_file_and_line() throws Exception {
        Path plan = repo.resolve(".github/bad.yml");
        Files.writeString(plan, "version: 1\nphases:\n  - id: One\n    title: x\n    steps: []\n");

        assertEquals(2, run("plan", "--repo", repo.toString(), "--plan", plan.toString()));

        assertThat(stdout).contains("The plan is invalid");
        assertThat(stdout).contains(".github/bad.yml:3:");
    }

    @Test
    void a_plan_that_is_not_utf8_is_named_with_the_byte_offset() throws Exception {
        Files.write(repo.resolve(".github/consolidation.yml"),
                "version: 1\nphases:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(2, run("plan", "--repo", repo.toString()));

        assertThat(stdout).as(stdout + stderr)
                .contains(".github/consolidation.yml:3:12: the plan file is there but is not UTF-8: the byte"
                + " at offset 30");
        assertThat(stderr).doesNotContain("Input length");
    }

    @Test
    void a_fifty_megabyte_plan_is_refused_by_its_size_without_being_parsed() throws Exception {
        Path plan = repo.resolve(".github/consolidation.yml");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(plan.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: 50 MB on paper, nothing to write
        }

        assertEquals(2, run("plan", "--repo", repo.toString()));

        assertThat(stdout).as(stdout + stderr)
                .contains(".github/consolidation.yml:1:1: the plan file is 52428800 bytes; a plan is at most"
                + " 3145728 bytes (3 MiB), so it was not read");
    }

    @Test
    void plan_outside_the_repository_is_refused() throws Exception {
        Path outside = tmp.resolve("elsewhere.yml");
        Files.writeString(outside, PLAN);
        Files.createSymbolicLink(repo.resolve(".github/link.yml"), outside);

        assertEquals(2, run("plan", "--repo", repo.toString(), "--plan", outside.toString()));
        assertThat(stderr).contains("is outside the repository");
        assertEquals(2, run("apply", "--repo", repo.toString(), "--phase", "utils", "--plan", repo.resolve(".github/link.yml").toString()));
        assertThat(stderr).as("a link out of the repository is followed: " + stderr)
                .contains("is outside the repository");
        assertEquals(2, run("plan", "--repo", repo.toString(), "--plan", "../elsewhere.yml"));
    }

    @Test
    void usage_errors_exit_2() {
        assertEquals(2, run("apply", "--repo", repo.toString()));
        assertThat(stderr).contains("--phase is required");
        assertEquals(2, run("plan", "--repo", repo.toString(), "--format", "xml"));
        assertEquals(2, run("plan", "--repo", repo.toString(), "--phase", "nope"));
    }
}
