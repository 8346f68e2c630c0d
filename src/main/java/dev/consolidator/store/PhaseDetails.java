package dev.consolidator.store;

import javax.sql.DataSource;
import java.util.List;

/** Reads what an applied phase recorded: its steps, backup, file mappings and import changes. */
public final class PhaseDetails {
    private final DataSource dataSource;

    public PhaseDetails(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record BackupInfo(String branch, String commitSha, int fileCount) {
    }

    public List<AppliedPhase.StepRow> steps(long phaseRowId) {
        return read("SELECT * FROM steps WHERE phase_row_id = ? ORDER BY step_index", phaseRowId,
                rs -> new AppliedPhase.StepRow(rs.getInt("step_index"), rs.getString("kind"), rs.getString("summary"),
                        rs.getString("commit_sha"), "already_applied".equals(rs.getString("status"))));
    }

    public List<AppliedPhase.MappingRow> mappings(long phaseRowId) {
        return read("SELECT * FROM file_mappings WHERE phase_row_id = ? ORDER BY step_index, id", phaseRowId,
                rs -> new AppliedPhase.MappingRow(rs.getInt("step_index"), rs.getString("kind"), rs.getString("original_type"),
                        rs.getString("original_path"), rs.getString("new_type"), rs.getString("new_path")));
    }

    public List<AppliedPhase.ImportRow> importChanges(long phaseRowId) {
        return read("SELECT * FROM import_changes WHERE phase_row_id = ? ORDER BY id", phaseRowId,
                rs -> new AppliedPhase.ImportRow(rs.getString("file_path"), rs.getString("old_import"), rs.getString("new_import")));
    }

    /** The backups of a phase, oldest first (the first one is the one that counts: it is never moved). */
    public List<BackupInfo> backups(long phaseRowId) {
        return read("SELECT * FROM backups WHERE phase_row_id = ? ORDER BY id", phaseRowId,
                rs -> new BackupInfo(rs.getString("branch"), rs.getString("commit_sha"), rs.getInt("file_count")));
    }

    public List<AppliedPhase.ManifestEntry> manifest(long phaseRowId) {
        return read("SELECT f.path, f.sha256 FROM backup_files f JOIN backups b ON b.id = f.backup_id"
                        + " WHERE b.phase_row_id = ? AND b.id = (SELECT MIN(id) FROM backups WHERE phase_row_id = b.phase_row_id)"
                        + " ORDER BY f.path", phaseRowId,
                rs -> new AppliedPhase.ManifestEntry(rs.getString("path"), rs.getString("sha256")));
    }

    private <T> List<T> read(String sql, long phaseRowId, Jdbc.Row<T> row) {
        return Jdbc.with(dataSource, "could not read details of phase row " + phaseRowId,
                c -> Jdbc.list(c, sql, row, phaseRowId));
    }
}
