package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The phases of each repository: one row per (repository, phase id), updated as the phase moves on. */
public final class PhaseStore {
    private final DataSource dataSource;
    private final Clock clock;

    public PhaseStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public PhaseStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public Optional<PhaseRecord> find(String repository, String phaseId) {
        return query(" WHERE r.full_name = ? AND p.phase_id = ?", repository, phaseId).stream().findFirst();
    }

    /** The phase whose pull request (or revert pull request) has this number in this repository. */
    public Optional<PhaseRecord> findByPullRequest(String repository, int number) {
        return query(" WHERE r.full_name = ? AND (p.pr_number = ? OR p.revert_pr_number = ?)", repository, number,
                number).stream().findFirst();
    }

    /** Every recorded phase of a repository in plan order. */
    public List<PhaseRecord> list(String repository) {
        return query(" WHERE r.full_name = ? ORDER BY p.plan_index, p.phase_id", repository);
    }

    /** Every recorded phase of every repository, by repository then plan order. */
    public List<PhaseRecord> listAll() {
        return query(" ORDER BY r.full_name, p.plan_index, p.phase_id");
    }

    /** Sets a phase's state (and touches updated_at); false when the phase is not recorded. */
    public boolean setState(String repository, String phaseId, PhaseState state) {
        return update(repository, phaseId, "state = ?", state.label());
    }

    /** Updates named columns of a recorded phase: {@code assignments} like "pr_number = ?, state = ?". */
    public boolean update(String repository, String phaseId, String assignments, Object... values) {
        String sql = "UPDATE phases SET " + assignments + ", updated_at = ? WHERE phase_id = ? AND repository_id ="
                + " (SELECT id FROM repositories WHERE full_name = ?)";
        return Jdbc.with(dataSource, "could not update phase " + phaseId + " of " + repository,
                c -> Jdbc.update(c, sql, Jdbc.concat(values, clock.instant(), phaseId, repository)) == 1);
    }

    /**
     * Makes every phase of the plan known, in plan order: phases never applied get a {@code pending} row, and recorded
     * ones take the plan's current order and title. Lets progress be shown without reading the plan again.
     */
    public void syncPlan(String repository, java.util.List<java.util.Map.Entry<String, String>> idsAndTitles) {
        Instant now = clock.instant();
        Jdbc.with(dataSource, "could not record the plan of " + repository, c -> {
            long repoId = repositoryId(c, repository, now);
            for (int i = 0; i < idsAndTitles.size(); i++) {
                String id = idsAndTitles.get(i).getKey();
                String title = idsAndTitles.get(i).getValue();
                if (Jdbc.update(c, "UPDATE phases SET plan_index = ?, title = ? WHERE repository_id = ?"
                        + " AND phase_id = ?", i, title, repoId, id) == 0) {
                    Jdbc.insertIfAbsent(c, "INSERT INTO phases (repository_id, phase_id, plan_index, title, state,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)", repoId, id, i, title,
                            now, now);
                }
            }
            return null;
        });
    }

    /** The row id of a repository, created on first use. */
    static long repositoryId(Connection c, String fullName, Instant now) throws SQLException {
        Optional<Long> found = Jdbc.first(c, "SELECT id FROM repositories WHERE full_name = ?", rs -> rs.getLong(1),
                fullName);
        return found.isPresent() ? found.get()
                : Jdbc.insert(c, "INSERT INTO repositories (full_name, created_at) VALUES (?, ?)", fullName, now);
    }

    /** The recorded phases, with their repository's name, that {@code where} (and its order) selects. */
    private List<PhaseRecord> query(String where, Object... args) {
        String sql = "SELECT p.*, r.full_name FROM phases p JOIN repositories r ON r.id = p.repository_id" + where;
        return Jdbc.with(dataSource, "could not read phases", c -> Jdbc.list(c, sql, PhaseStore::read, args));
    }

    private static PhaseRecord read(ResultSet rs) throws SQLException {
        return new PhaseRecord(rs.getLong("id"), rs.getString("full_name"), rs.getString("phase_id"),
                rs.getInt("plan_index"), rs.getString("title"), PhaseState.of(rs.getString("state")),
                rs.getString("base_branch"), rs.getString("phase_branch"), rs.getString("backup_branch"),
                rs.getString("revert_branch"), Jdbc.integer(rs, "pr_number"), Jdbc.integer(rs, "revert_pr_number"),
                Jdbc.longValue(rs, "check_run_id"), rs.getString("base_commit"), rs.getString("head_commit"),
                rs.getString("merge_commit"), rs.getString("merge_method"), rs.getString("revert_commit"),
                Jdbc.integer(rs, "files_before"), Jdbc.integer(rs, "files_after"), Jdbc.integer(rs, "lines_before"),
                Jdbc.integer(rs, "lines_after"), Jdbc.integer(rs, "references_rewritten"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), Jdbc.instant(rs, "merged_at"));
    }
}
