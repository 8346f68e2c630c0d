package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The exported mappings of an applied phase ({@code phase_exports}, {@code export_mappings}): written and read. */
public final class ExportedRows {
    private final DataSource dataSource;

    public ExportedRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the phase recorded for code downstream, or empty when it was recorded without it. */
    public Optional<AppliedPhase.Exported> of(long phaseRowId) {
        try (Connection c = dataSource.getConnection()) {
            String title;
            try (PreparedStatement ps = c.prepareStatement("SELECT title FROM phase_exports WHERE phase_row_id = ?")) {
                ps.setLong(1, phaseRowId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    title = rs.getString(1);
                }
            }
            List<AppliedPhase.ExportRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, old_name, new_name, method_renames FROM"
                    + " export_mappings WHERE phase_row_id = ? ORDER BY mapping_index")) {
                ps.setLong(1, phaseRowId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new AppliedPhase.ExportRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                methods(rs.getString(4))));
                    }
                }
            }
            return Optional.of(new AppliedPhase.Exported(title, rows));
        } catch (SQLException e) {
            throw new StoreException("could not read the exported mappings of phase row " + phaseRowId, e);
        }
    }

    /** Within the recorder's transaction: the rows of an earlier apply go, the new ones (if any) take their place. */
    static void replace(Connection c, long rowId, AppliedPhase.Exported exported, Instant now) throws SQLException {
        for (String table : new String[]{"export_mappings", "phase_exports"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE phase_row_id = ?")) {
                ps.setLong(1, rowId);
                ps.executeUpdate();
            }
        }
        if (exported == null) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO phase_exports (phase_row_id, title, recorded_at)"
                + " VALUES (?, ?, ?)")) {
            Jdbc.bind(ps, 1, rowId, exported.title(), now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO export_mappings (phase_row_id, mapping_index, kind,"
                + " old_name, new_name, method_renames) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < exported.rows().size(); i++) {
                AppliedPhase.ExportRow r = exported.rows().get(i);
                Jdbc.bind(ps, 1, rowId, i, r.kind(), r.oldName(), r.newName(), r.methods().isEmpty() ? null
                        : r.methods().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Method names are Java identifiers: no `=` or `,` in them. */
    private static Map<String, String> methods(String text) {
        Map<String, String> methods = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) return methods;
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            methods.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return methods;
    }
}
