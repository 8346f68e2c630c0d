package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Records an applied phase in one transaction. Applying a phase again (after it was abandoned or rolled back)
 * replaces its steps, mappings and import changes; the first backup of a branch is kept, as the branch itself is.
 */
public final class PhaseRecorder {
    private final DataSource dataSource;
    private final Clock clock;

    public PhaseRecorder(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public PhaseRecorder(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** Records the phase and returns its row id. */
    public long record(AppliedPhase phase) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long repoId = PhaseStore.repositoryId(c, phase.repository(), now);
                long rowId = upsertPhase(c, repoId, phase, now);
                replaceChildren(c, rowId, phase);
                ExportedRows.replace(c, rowId, phase.exported(), now);
                recordBackup(c, rowId, phase.backup(), now);
                c.commit();
                return rowId;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("could not record phase " + phase.phaseId() + " of " + phase.repository(), e);
        }
    }

    private static long upsertPhase(Connection c, long repoId, AppliedPhase p, Instant now) throws SQLException {
        Long existing = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM phases WHERE repository_id = ? AND phase_id = ?")) {
            ps.setLong(1, repoId);
            ps.setString(2, p.phaseId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    existing = rs.getLong(1);
                }
            }
        }
        Object[] values = {p.planIndex(), p.title(), p.state().label(), p.baseBranch(), p.phaseBranch(), p.backupBranch(),
                p.baseCommit(), p.headCommit(), p.prNumber(), p.filesBefore(), p.filesAfter(), p.linesBefore(),
                p.linesAfter(), p.referencesRewritten()};
        String columns = "plan_index, title, state, base_branch, phase_branch, backup_branch, base_commit, head_commit,"
                + " pr_number, files_before, files_after, lines_before, lines_after, references_rewritten";
        if (existing != null) {
            String set = columns.replace(",", " = ?,") + " = ?";
            // A re-apply starts a new life for the phase: forget the previous merge and revert.
            String sql = "UPDATE phases SET " + set + ", merge_commit = NULL, merge_method = NULL, merged_at = NULL,"
                    + " revert_branch = NULL, revert_pr_number = NULL, revert_commit = NULL, check_run_id = NULL,"
                    + " updated_at = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = Jdbc.bind(ps, 1, values);
                ps.setObject(i++, Jdbc.utc(now));
                ps.setLong(i, existing);
                ps.executeUpdate();
            }
            return existing;
        }
        String sql = "INSERT INTO phases (repository_id, phase_id, " + columns + ", created_at, updated_at)"
                + " VALUES (?, ?" + ", ?".repeat(values.length) + ", ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[]{"id"})) {
            ps.setLong(1, repoId);
            ps.setString(2, p.phaseId());
            int i = Jdbc.bind(ps, 3, values);
            ps.setObject(i++, Jdbc.utc(now));
            ps.setObject(i, Jdbc.utc(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void replaceChildren(Connection c, long rowId, AppliedPhase p) throws SQLException {
        for (String table : new String[]{"steps", "file_mappings", "import_changes", "approvals", "check_suites"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE phase_row_id = ?")) {
                ps.setLong(1, rowId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO steps (phase_row_id, step_index, kind, summary,"
                + " commit_sha, status) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (AppliedPhase.StepRow s : p.steps()) {
                Jdbc.bind(ps, 1, rowId, s.index(), s.kind(), s.summary(), s.commitSha(),
                        s.alreadyApplied() ? "already_applied" : "applied");
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO file_mappings (phase_row_id, step_index, kind,"
                + " original_type, original_path, new_type, new_path) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AppliedPhase.MappingRow m : p.mappings()) {
                Jdbc.bind(ps, 1, rowId, m.stepIndex(), m.kind(), m.originalType(), m.originalPath(), m.newType(), m.newPath());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_changes (phase_row_id, file_path,"
                + " old_import, new_import) VALUES (?, ?, ?, ?)")) {
            for (AppliedPhase.ImportRow r : p.importChanges()) {
                Jdbc.bind(ps, 1, rowId, r.file(), r.oldImport(), r.newImport());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void recordBackup(Connection c, long rowId, AppliedPhase.Backup backup, Instant now) throws SQLException {
        if (backup == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM backups WHERE phase_row_id = ? AND branch = ?"
                + " AND commit_sha = ?")) {
            Jdbc.bind(ps, 1, rowId, backup.branch(), backup.commitSha());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        long backupId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO backups (phase_row_id, branch, commit_sha, file_count,"
                + " created_at) VALUES (?, ?, ?, ?, ?)", new String[]{"id"})) {
            Jdbc.bind(ps, 1, rowId, backup.branch(), backup.commitSha(), backup.manifest().size(), now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                backupId = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO backup_files (backup_id, path, sha256) VALUES (?, ?, ?)")) {
            for (AppliedPhase.ManifestEntry e : backup.manifest()) {
                Jdbc.bind(ps, 1, backupId, e.path(), e.sha256());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
