package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
        String failure = "could not record phase " + phase.phaseId() + " of " + phase.repository();
        return Jdbc.with(dataSource, failure, connection -> Jdbc.transaction(connection, c -> {
            long repoId = PhaseStore.repositoryId(c, phase.repository(), now);
            long rowId = upsertPhase(c, repoId, phase, now);
            replaceChildren(c, rowId, phase);
            ExportedRows.replace(c, rowId, phase.exported(), now);
            recordBackup(c, rowId, phase.backup(), now);
            return rowId;
        }));
    }

    private static long upsertPhase(Connection c, long repoId, AppliedPhase p, Instant now) throws SQLException {
        Optional<Long> existing = Jdbc.first(c, "SELECT id FROM phases WHERE repository_id = ? AND phase_id = ?",
                rs -> rs.getLong(1), repoId, p.phaseId());
        Object[] values = {p.planIndex(), p.title(), p.state().label(), p.baseBranch(), p.phaseBranch(), p.backupBranch(),
                p.baseCommit(), p.headCommit(), p.prNumber(), p.filesBefore(), p.filesAfter(), p.linesBefore(),
                p.linesAfter(), p.referencesRewritten()};
        String columns = "plan_index, title, state, base_branch, phase_branch, backup_branch, base_commit, head_commit,"
                + " pr_number, files_before, files_after, lines_before, lines_after, references_rewritten";
        if (existing.isPresent()) {
            String set = columns.replace(",", " = ?,") + " = ?";
            // A re-apply starts a new life for the phase: forget the previous merge and revert.
            Jdbc.update(c, "UPDATE phases SET " + set + ", merge_commit = NULL, merge_method = NULL, merged_at = NULL,"
                    + " revert_branch = NULL, revert_pr_number = NULL, revert_commit = NULL, check_run_id = NULL,"
                    + " updated_at = ? WHERE id = ?", Jdbc.concat(values, now, existing.get()));
            return existing.get();
        }
        return Jdbc.insert(c, "INSERT INTO phases (" + columns + ", repository_id, phase_id, created_at, updated_at)"
                + " VALUES (" + "?, ".repeat(values.length) + "?, ?, ?, ?)",
                Jdbc.concat(values, repoId, p.phaseId(), now, now));
    }

    private static void replaceChildren(Connection c, long rowId, AppliedPhase p) throws SQLException {
        for (String table : new String[]{"steps", "file_mappings", "import_changes", "approvals", "check_suites"}) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE phase_row_id = ?", rowId);
        }
        Jdbc.batch(c, "INSERT INTO steps (phase_row_id, step_index, kind, summary, commit_sha, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", p.steps(), s -> new Object[]{rowId, s.index(), s.kind(), s.summary(),
                s.commitSha(), s.alreadyApplied() ? "already_applied" : "applied"});
        Jdbc.batch(c, "INSERT INTO file_mappings (phase_row_id, step_index, kind, original_type, original_path,"
                + " new_type, new_path) VALUES (?, ?, ?, ?, ?, ?, ?)", p.mappings(), m -> new Object[]{rowId,
                m.stepIndex(), m.kind(), m.originalType(), m.originalPath(), m.newType(), m.newPath()});
        Jdbc.batch(c, "INSERT INTO import_changes (phase_row_id, file_path, old_import, new_import)"
                + " VALUES (?, ?, ?, ?)", p.importChanges(),
                r -> new Object[]{rowId, r.file(), r.oldImport(), r.newImport()});
    }

    private static void recordBackup(Connection c, long rowId, AppliedPhase.Backup backup, Instant now)
            throws SQLException {
        if (backup == null || Jdbc.first(c, "SELECT 1 FROM backups WHERE phase_row_id = ? AND branch = ?"
                + " AND commit_sha = ?", rs -> true, rowId, backup.branch(), backup.commitSha()).isPresent()) {
            return;
        }
        long backupId = Jdbc.insert(c, "INSERT INTO backups (phase_row_id, branch, commit_sha, file_count, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", rowId, backup.branch(), backup.commitSha(), backup.manifest().size(), now);
        Jdbc.batch(c, "INSERT INTO backup_files (backup_id, path, sha256) VALUES (?, ?, ?)", backup.manifest(),
                e -> new Object[]{backupId, e.path(), e.sha256()});
    }
}
