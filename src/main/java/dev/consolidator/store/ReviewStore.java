package dev.consolidator.store;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews of phase pull requests and the repository's own CI results on them. An approval counts only for the
 * head commit it was given on, and only from a reviewer with write access, as code review tools do.
 */
public final class ReviewStore {
    private final DataSource dataSource;

    public ReviewStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Review(long reviewId, String reviewer, String state, String commitSha, boolean counted, Instant submittedAt) {
    }

    public record SuiteResult(long suiteId, String app, String headSha, String conclusion) {
    }

    /**
     * The consolidation check's verdict on a commit, and where it was reported ({@code checkRunId} null for a commit
     * status). {@code approvalsNeeded} is the plan's number at the time of the check.
     */
    public record CheckVerdict(String headSha, Long checkRunId, boolean passed, int stepsInPlace, int steps, int problems,
                               int approvalsNeeded) {
    }

    /** Records a review (a redelivery of the same review id updates it instead of counting twice). */
    public void recordReview(long phaseRowId, Review r) {
        upsert("UPDATE approvals SET reviewer = ?, state = ?, commit_sha = ?, counted = ?, submitted_at = ?"
                        + " WHERE phase_row_id = ? AND review_id = ?",
                new Object[]{r.reviewer(), r.state(), r.commitSha(), r.counted(), r.submittedAt(), phaseRowId, r.reviewId()},
                "INSERT INTO approvals (reviewer, state, commit_sha, counted, submitted_at, phase_row_id, review_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Distinct reviewers whose latest counted review on {@code headSha} is an approval. A later dismissal or request
     * for changes by the same reviewer takes their approval back.
     */
    public int approvalsOn(long phaseRowId, String headSha) {
        Map<String, String> latest = new LinkedHashMap<>();
        for (Review r : reviews(phaseRowId)) {
            if (r.counted() && headSha != null && headSha.equals(r.commitSha()) && !"commented".equals(r.state())) {
                latest.put(r.reviewer(), r.state());
            }
        }
        return (int) latest.values().stream().filter("approved"::equals).count();
    }

    public List<Review> reviews(long phaseRowId) {
        return rows("SELECT * FROM approvals WHERE phase_row_id = ? ORDER BY submitted_at, id", phaseRowId,
                rs -> new Review(rs.getLong("review_id"), rs.getString("reviewer"), rs.getString("state"),
                        rs.getString("commit_sha"), rs.getBoolean("counted"), Jdbc.instant(rs, "submitted_at")));
    }

    /** Records the conclusion of one app's check suite on a phase PR commit (redeliveries update it). */
    public void recordSuite(long phaseRowId, SuiteResult s, Instant completedAt) {
        upsert("UPDATE check_suites SET app_name = ?, head_sha = ?, conclusion = ?, completed_at = ?"
                        + " WHERE phase_row_id = ? AND suite_id = ?",
                new Object[]{s.app(), s.headSha(), s.conclusion(), completedAt, phaseRowId, s.suiteId()},
                "INSERT INTO check_suites (app_name, head_sha, conclusion, completed_at, phase_row_id, suite_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** The suites that completed on {@code headSha}, one per app (the latest wins). */
    public List<SuiteResult> suitesOn(long phaseRowId, String headSha) {
        Map<String, SuiteResult> byApp = new LinkedHashMap<>();
        rows("SELECT * FROM check_suites WHERE phase_row_id = ? ORDER BY completed_at, id", phaseRowId,
                rs -> new SuiteResult(rs.getLong("suite_id"), rs.getString("app_name"), rs.getString("head_sha"),
                        rs.getString("conclusion")))
                .stream().filter(s -> s.headSha().equals(headSha)).forEach(s -> byApp.put(s.app(), s));
        return List.copyOf(byApp.values());
    }

    /** Records the verdict of the check on a commit (a later check of the same commit replaces it). */
    public void recordCheck(long phaseRowId, CheckVerdict v, Instant checkedAt) {
        upsert("UPDATE phase_checks SET check_run_id = ?, passed = ?, steps_in_place = ?, steps = ?, problems = ?,"
                        + " approvals_needed = ?, checked_at = ? WHERE phase_row_id = ? AND head_sha = ?",
                new Object[]{v.checkRunId(), v.passed(), v.stepsInPlace(), v.steps(), v.problems(), v.approvalsNeeded(),
                        checkedAt, phaseRowId, v.headSha()},
                "INSERT INTO phase_checks (check_run_id, passed, steps_in_place, steps, problems, approvals_needed,"
                        + " checked_at, phase_row_id, head_sha) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The verdict of the last check on {@code headSha}, if the commit was checked. */
    public Optional<CheckVerdict> checkOn(long phaseRowId, String headSha) {
        return Jdbc.with(dataSource, "could not read reviews of phase row " + phaseRowId, c -> Jdbc.first(c,
                "SELECT * FROM phase_checks WHERE phase_row_id = ? AND head_sha = ?",
                rs -> new CheckVerdict(headSha, Jdbc.longValue(rs, "check_run_id"), rs.getBoolean("passed"),
                        rs.getInt("steps_in_place"), rs.getInt("steps"), rs.getInt("problems"),
                        rs.getInt("approvals_needed")), phaseRowId, headSha));
    }

    /** The rows of a phase that {@code sql}, with the phase's row id as its one parameter, selects. */
    private <T> List<T> rows(String sql, long phaseRowId, Jdbc.Row<T> row) {
        return Jdbc.with(dataSource, "could not read reviews of phase row " + phaseRowId,
                c -> Jdbc.list(c, sql, row, phaseRowId));
    }

    /**
     * Update by key, or insert with the same values when there was nothing to update. A unique violation on the
     * insert means a concurrent redelivery inserted the same row first: that is the row we wanted.
     */
    private void upsert(String update, Object[] values, String insert) {
        Jdbc.with(dataSource, "could not record review data",
                c -> Jdbc.update(c, update, values) > 0 || Jdbc.insertIfAbsent(c, insert, values));
    }
}
