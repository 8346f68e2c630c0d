package dev.consolidator.store;

import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported mappings of an applied phase: recorded with it, read back in order, replaced by a re-apply. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class ExportedRowsTest {
    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void database() {
        db = database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static AppliedPhase applied(AppliedPhase.Exported exported) {
        return new AppliedPhase("acme/batch", "progress", 0, "Fold the tracker", PhaseState.OPEN, "main",
                "consolidation/progress", "consolidation/backup/progress", "b1", "h1", 12, 40, 38, 2000, 1950, 17,
                List.of(new AppliedPhase.StepRow(0, "merge", "merge", "h1", false)), null, List.of(), List.of(), exported);
    }

    @Test
    void recorded_exports_are_read_back_in_order_with_their_method_renames() {
        Map<String, String> methods = new LinkedHashMap<>();
        methods.put("update", "collect");
        methods.put("reset", "clear");
        AppliedPhase.Exported exported = new AppliedPhase.Exported("Fold the tracker", List.of(
                new AppliedPhase.ExportRow("type", "com.a.Stats", "com.b.Stats", Map.of()),
                new AppliedPhase.ExportRow("members", "com.a.Tracker", "com.b.Metrics", methods),
                new AppliedPhase.ExportRow("nested", "com.a.Entry", "com.b.Registry$Entry", Map.of()),
                new AppliedPhase.ExportRow("delete", "com.a.Old", null, Map.of())));

        long row = new PhaseRecorder(db.dataSource()).record(applied(exported));

        AppliedPhase.Exported read = new ExportedRows(db.dataSource()).of(row).orElseThrow();
        assertThat(read).isEqualTo(exported);
        assertThat(read.rows().get(1).methods().keySet()).containsExactly("update", "reset");
    }

    @Test
    void a_phase_recorded_without_exports_has_none_and_a_re_apply_replaces_them() {
        PhaseRecorder recorder = new PhaseRecorder(db.dataSource());
        long row = recorder.record(applied(new AppliedPhase.Exported("Fold the tracker",
                List.of(new AppliedPhase.ExportRow("type", "com.a.Stats", "com.b.Stats", Map.of())))));

        recorder.record(applied(new AppliedPhase.Exported("Fold the tracker again",
                List.of(new AppliedPhase.ExportRow("type", "com.a.Stats", "com.c.Stats", Map.of())))));
        assertThat(new ExportedRows(db.dataSource()).of(row).orElseThrow().rows())
                .extracting(AppliedPhase.ExportRow::newName).containsExactly("com.c.Stats");

        recorder.record(applied(null));
        assertThat(new ExportedRows(db.dataSource()).of(row)).isEmpty();
    }
}
