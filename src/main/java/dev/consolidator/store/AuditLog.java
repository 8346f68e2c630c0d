package dev.consolidator.store;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Every command anyone ran, by comment or on the command line, with its outcome. Append-only. */
public final class AuditLog {
    /** A reply's first line is all the detail an audit needs; TEXT has no limit, but a runaway line should not fill the database. */
    private static final int DETAIL_MAX = 4000;
    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public record Entry(String repository, String actor, String command, String arguments, String source,
                        String outcome, String detail, Instant at) {
    }

    public void record(String repository, String actor, String command, String arguments, String source,
                       String outcome, String detail) {
        // whatever someone typed, the entry is written: values longer than their column are cut, and say so
        Jdbc.with(dataSource, "could not record " + command + " by " + actor, c -> Jdbc.update(c, "INSERT INTO"
                + " audit_log (repository, actor, command, arguments, source, outcome, detail, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", fit(repository, 300), fit(actor, 200), fit(command, 50),
                fit(arguments, 1000), fit(source, 1000), fit(outcome, 30), fit(detail, DETAIL_MAX), clock.instant()));
    }

    static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        String mark = "… (" + value.length() + " characters)";
        int keep = max - mark.length();
        if (keep > 0 && Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a character in two
        }
        return value.substring(0, keep) + mark;
    }

    /** The latest entries of a repository, newest first. */
    public List<Entry> recent(String repository, int limit) {
        return Jdbc.with(dataSource, "could not read the audit log of " + repository, c -> Jdbc.list(c,
                "SELECT * FROM audit_log WHERE repository = ? ORDER BY created_at DESC, id DESC LIMIT ?",
                rs -> new Entry(rs.getString("repository"), rs.getString("actor"), rs.getString("command"),
                        rs.getString("arguments"), rs.getString("source"), rs.getString("outcome"),
                        rs.getString("detail"), Jdbc.instant(rs, "created_at")), repository, limit));
    }

    /** Whether a command from this source (e.g. a comment line) already ended: done, refused or denied. */
    public boolean hasFinalOutcome(String repository, String source) {
        return Jdbc.with(dataSource, "could not read the audit log of " + repository, c -> Jdbc.first(c,
                "SELECT 1 FROM audit_log WHERE repository = ? AND source = ?"
                        + " AND outcome IN ('done', 'refused', 'denied')", rs -> true, repository, source).isPresent());
    }
}
