package dev.consolidator.store;

import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class PhaseRecorderTest {
    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;
    javax.sql.DataSource dataSource;

    @AfterEach
    void close() {
        db.close();
    }

    @BeforeEach
    void database() {
        db = database.open(dir);
        dataSource = db.dataSource();
    }

    private static AppliedPhase applied(String head, String backupCommit) {
        return new AppliedPhase("acme/batch", "progress", 0, "Fold the tracker", PhaseState.OPEN, "main",
                "consolidation/progress", "consolidation/backup/progress", backupCommit, head, 12,
                40, 38, 2000, 1950, 17,
                List.of(new AppliedPhase.StepRow(0, "merge", "merge com.a.T into com.b.C as members", head, false)),
                new AppliedPhase.Backup("consolidation/backup/progress", backupCommit,
                        List.of(new AppliedPhase.ManifestEntry("pom.xml", "ab".repeat(32)),
                                new AppliedPhase.ManifestEntry("src/main/java/com/a/T.java", "cd".repeat(32)))),
                List.of(new AppliedPhase.MappingRow(0, "many_to_one", "com.a.T", "src/main/java/com/a/T.java",
                        "com.b.C", "src/main/java/com/b/C.java")),
                List.of(new AppliedPhase.ImportRow("src/main/java/com/x/U.java", "com.a.T", "com.b.C")));
    }

    @Test
    void applied_phase_is_recorded_with_steps_backup_mappings_and_imports() throws Exception {
        long rowId = new PhaseRecorder(dataSource).record(applied("h1", "b1"));

        PhaseRecord phase = new PhaseStore(dataSource).find("acme/batch", "progress").orElseThrow();
        assertEquals(rowId, phase.rowId());
        assertEquals(PhaseState.OPEN, phase.state());
        assertEquals(12, phase.prNumber());
        assertEquals(40, phase.filesBefore());
        assertEquals(38, phase.filesAfter());
        assertEquals("b1", phase.baseCommit());
        assertNull(phase.mergeCommit());
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, count(c, "steps"));
            assertEquals(1, count(c, "file_mappings"));
            assertEquals(1, count(c, "import_changes"));
            assertEquals(1, count(c, "backups"));
            assertEquals(2, count(c, "backup_files"));
        }
        PhaseDetails details = new PhaseDetails(dataSource);
        assertEquals(applied("h1", "b1").mappings(), details.mappings(rowId));
        assertEquals(applied("h1", "b1").importChanges(), details.importChanges(rowId));
        assertEquals(applied("h1", "b1").steps(), details.steps(rowId));
        assertEquals(applied("h1", "b1").backup().manifest(), details.manifest(rowId));
        assertEquals(List.of(new PhaseDetails.BackupInfo("consolidation/backup/progress", "b1", 2)), details.backups(rowId));
    }

    @Test
    void applying_again_replaces_children_and_keeps_the_first_backup() throws Exception {
        PhaseRecorder recorder = new PhaseRecorder(dataSource);
        recorder.record(applied("h1", "b1"));
        PhaseStore store = new PhaseStore(dataSource);
        store.update("acme/batch", "progress", "state = ?, merge_commit = ?", "merged", "m1");

        recorder.record(applied("h2", "b1"));

        PhaseRecord phase = store.find("acme/batch", "progress").orElseThrow();
        assertEquals("h2", phase.headCommit());
        assertEquals(PhaseState.OPEN, phase.state());
        assertNull(phase.mergeCommit(), "a re-apply forgets the previous merge");
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, count(c, "steps"));
            assertEquals(1, count(c, "backups"));
            assertEquals(2, count(c, "backup_files"));
        }
    }

    @Test
    void phases_are_listed_in_plan_order_and_found_by_pull_request() {
        PhaseRecorder recorder = new PhaseRecorder(dataSource);
        AppliedPhase first = applied("h1", "b1");
        recorder.record(new AppliedPhase(first.repository(), "second", 1, "Second", PhaseState.OPEN, "main",
                "consolidation/second", "consolidation/backup/second", "b2", "h3", 13, 38, 30, 1950, 1800, 5,
                List.of(), null, List.of(), List.of()));
        recorder.record(first);
        PhaseStore store = new PhaseStore(dataSource);

        assertEquals(List.of("progress", "second"), store.list("acme/batch").stream().map(PhaseRecord::phaseId).toList());
        assertEquals("second", store.findByPullRequest("acme/batch", 13).orElseThrow().phaseId());
        assertThat(store.findByPullRequest("other/repo", 13)).isEmpty();
        assertThat(store.setState("acme/batch", "second", PhaseState.MERGED)).as("setState finds phase second of acme/batch").isTrue();
        assertEquals(PhaseState.MERGED, store.find("acme/batch", "second").orElseThrow().state());
    }

    private static int count(Connection c, String table) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
