package dev.consolidator.store;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The burndown of each repository: Java files and lines on the default branch after each phase merged or rolled
 * back, counted at the merge commit. A point is recorded once per phase, event and commit (redeliveries add nothing).
 */
public final class BurndownStore {
    public static final String MERGED = "merged";
    public static final String ROLLED_BACK = "rolled_back";

    /** One point of the chart: what the code measured after {@code phaseId}'s merge or rollback. */
    public record Point(String phaseId, String event, String commitSha, int javaFiles, long javaLines, Instant at) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public BurndownStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records a point; false when this phase, event and commit were recorded already. */
    public boolean record(long phaseRowId, String event, String commitSha, int javaFiles, long javaLines) {
        return Jdbc.with(dataSource, "could not record the burndown point of phase row " + phaseRowId,
                c -> Jdbc.insertIfAbsent(c, "INSERT INTO burndown_points (phase_row_id, event, commit_sha, java_files,"
                        + " java_lines, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", phaseRowId, event, commitSha,
                        javaFiles, javaLines, clock.instant()));
    }

    /** Every point of a repository, oldest first. */
    public List<Point> points(String repository) {
        String sql = "SELECT p.phase_id, b.event, b.commit_sha, b.java_files, b.java_lines, b.recorded_at"
                + " FROM burndown_points b JOIN phases p ON p.id = b.phase_row_id JOIN repositories r ON r.id = p.repository_id"
                + " WHERE r.full_name = ? ORDER BY b.recorded_at, b.id";
        return Jdbc.with(dataSource, "could not read the burndown of " + repository, c -> Jdbc.list(c, sql,
                rs -> new Point(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                        Jdbc.instant(rs, "recorded_at")), repository));
    }
}
