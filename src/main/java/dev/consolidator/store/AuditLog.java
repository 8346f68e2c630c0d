package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (repository, actor, command, arguments,"
                     + " source, outcome, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            // whatever someone typed, the entry is written: values longer than their column are cut, and say so
            Jdbc.bind(ps, 1, fit(repository, 300), fit(actor, 200), fit(command, 50), fit(arguments, 1000),
                    fit(source, 1000), fit(outcome, 30), fit(detail, DETAIL_MAX), clock.instant());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not record " + command + " by " + actor, e);
        }
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE repository = ?"
                     + " ORDER BY created_at DESC, id DESC LIMIT ?")) {
            Jdbc.bind(ps, 1, repository, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getString("repository"), rs.getString("actor"), rs.getString("command"),
                            rs.getString("arguments"), rs.getString("source"), rs.getString("outcome"),
                            rs.getString("detail"), Jdbc.instant(rs, "created_at")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the audit log of " + repository, e);
        }
    }

    /** Whether a command from this source (e.g. a comment line) already ended: done, refused or denied. */
    public boolean hasFinalOutcome(String repository, String source) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM audit_log WHERE repository = ? AND source = ?"
                     + " AND outcome IN ('done', 'refused', 'denied')")) {
            Jdbc.bind(ps, 1, repository, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the audit log of " + repository, e);
        }
    }
}
