package dev.consolidator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of what the database holds, for /metrics. Read from the database rather than counted in memory, so every
 * replica of one database reports the same figures, and they survive restarts.
 */
public final class StoreCounts {
    /** Counts keyed by the values of the grouped columns, in order. */
    public record Snapshot(Map<List<String>, Long> deliveries, Map<List<String>, Long> jobs, long queueDepth,
                           Map<List<String>, Long> phases) {
    }

    private final Database db;

    public StoreCounts(Database db) {
        this.db = db;
    }

    public Snapshot read(Instant now) throws SQLException {
        try (Connection c = db.connection()) {
            Map<List<String>, Long> deliveries = grouped(c, "SELECT event, status, COUNT(*) FROM deliveries GROUP BY event, status", 2);
            Map<List<String>, Long> jobs = grouped(c, "SELECT status, COUNT(*) FROM jobs GROUP BY status", 1);
            Map<List<String>, Long> phases = grouped(c, "SELECT state, COUNT(*) FROM phases GROUP BY state", 1);
            long depth = Jdbc.first(c, "SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND run_after <= ?",
                    rs -> rs.getLong(1), now).orElseThrow();
            return new Snapshot(deliveries, jobs, depth, phases);
        }
    }

    private static Map<List<String>, Long> grouped(Connection c, String sql, int keys) throws SQLException {
        Map<List<String>, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String[] key = new String[keys];
                for (int i = 0; i < keys; i++) {
                    key[i] = rs.getString(i + 1);
                }
                out.put(List.of(key), rs.getLong(keys + 1));
            }
        }
        return out;
    }
}
