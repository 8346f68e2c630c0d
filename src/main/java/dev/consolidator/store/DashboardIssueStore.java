package dev.consolidator.store;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The "Consolidation dashboard" issue of each repository: whether the plan wants one, its number once created, a
 * digest of the body last written (so an unchanged dashboard costs no API call) and a flag for changes that arrived
 * while another job was writing it.
 */
public final class DashboardIssueStore {
    /** What is recorded for a repository; {@code issueNumber} and {@code bodySha256} may be null. */
    public record Row(boolean enabled, int approvalsNeeded, Integer issueNumber, String bodySha256, boolean dirty) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public DashboardIssueStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The plan was read: remember whether it wants the issue and how many approvals a phase needs. */
    public void planSeen(String repository, boolean enabled, int approvalsNeeded) {
        Instant now = clock.instant();
        boolean recorded = Jdbc.with(dataSource, "could not record the dashboard settings of " + repository, c -> {
            Object[] values = {enabled, approvalsNeeded, now, PhaseStore.repositoryId(c, repository, now)};
            return Jdbc.update(c, "UPDATE dashboard_issues SET enabled = ?, approvals_needed = ?, updated_at = ?"
                    + " WHERE repository_id = ?", values) == 1
                    || Jdbc.insertIfAbsent(c, "INSERT INTO dashboard_issues (enabled, approvals_needed, updated_at,"
                    + " repository_id, dirty) VALUES (?, ?, ?, ?, FALSE)", values);
        });
        if (!recorded) {
            planSeen(repository, enabled, approvalsNeeded); // a concurrent first sight inserted it: update it
        }
    }

    public Optional<Row> find(String repository) {
        return Jdbc.with(dataSource, "could not read the dashboard of " + repository, c -> Jdbc.first(c,
                "SELECT d.* FROM dashboard_issues d JOIN repositories r ON r.id = d.repository_id"
                        + " WHERE r.full_name = ?",
                rs -> new Row(rs.getBoolean("enabled"), rs.getInt("approvals_needed"), Jdbc.integer(rs, "issue_number"),
                        rs.getString("body_sha256"), rs.getBoolean("dirty")), repository));
    }

    public void setIssue(String repository, int issueNumber) {
        update(repository, "issue_number = ?", issueNumber);
    }

    /** The recorded issue is gone: the next refresh looks for it by its marker, or opens a new one. */
    public void forgetIssue(String repository) {
        update(repository, "issue_number = NULL, body_sha256 = NULL");
    }

    /** The body now on GitHub, by digest. */
    public void written(String repository, String bodySha256) {
        update(repository, "body_sha256 = ?", bodySha256);
    }

    /** The next refresh writes the body even if it did not change (someone edited the issue: untick the boxes). */
    public void forgetBody(String repository) {
        update(repository, "body_sha256 = NULL");
    }

    public void markDirty(String repository) {
        update(repository, "dirty = TRUE");
    }

    /** Clears the flag; true if it was set (so the caller refreshes again). */
    public boolean takeDirty(String repository) {
        return updateWhere(repository, "dirty = FALSE", "dirty = TRUE");
    }

    private boolean update(String repository, String assignments, Object... values) {
        return updateWhere(repository, assignments, "1 = 1", values);
    }

    private boolean updateWhere(String repository, String assignments, String condition, Object... values) {
        String sql = "UPDATE dashboard_issues SET " + assignments + ", updated_at = ? WHERE " + condition
                + " AND repository_id = (SELECT id FROM repositories WHERE full_name = ?)";
        return Jdbc.with(dataSource, "could not update the dashboard of " + repository,
                c -> Jdbc.update(c, sql, Jdbc.concat(values, clock.instant(), repository)) == 1);
    }
}
