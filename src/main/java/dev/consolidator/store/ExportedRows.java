package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The exported mappings of an applied phase ({@code phase_exports}, {@code export_mappings}): written and read. */
public final class ExportedRows {
    private final DataSource dataSource;

    public ExportedRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the phase recorded for code downstream, or empty when it was recorded without it. */
    public Optional<AppliedPhase.Exported> of(long phaseRowId) {
        return Jdbc.with(dataSource, "could not read the exported mappings of phase row " + phaseRowId, c -> {
            // a list, not Optional: the title may be null
            List<String> title = Jdbc.list(c, "SELECT title FROM phase_exports WHERE phase_row_id = ?",
                    rs -> rs.getString(1), phaseRowId);
            if (title.isEmpty()) return Optional.empty();
            List<AppliedPhase.ExportRow> rows = Jdbc.list(c, "SELECT kind, old_name, new_name, method_renames FROM"
                    + " export_mappings WHERE phase_row_id = ? ORDER BY mapping_index",
                    rs -> new AppliedPhase.ExportRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            methods(rs.getString(4))), phaseRowId);
            return Optional.of(new AppliedPhase.Exported(title.get(0), rows));
        });
    }

    /** Within the recorder's transaction: the rows of an earlier apply go, the new ones (if any) take their place. */
    static void replace(Connection c, long rowId, AppliedPhase.Exported exported, Instant now) throws SQLException {
        for (String table : new String[]{"export_mappings", "phase_exports"}) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE phase_row_id = ?", rowId);
        }
        if (exported == null) return;
        Jdbc.update(c, "INSERT INTO phase_exports (phase_row_id, title, recorded_at) VALUES (?, ?, ?)", rowId,
                exported.title(), now);
        List<AppliedPhase.ExportRow> rows = exported.rows();
        Jdbc.batch(c, "INSERT INTO export_mappings (phase_row_id, mapping_index, kind, old_name, new_name,"
                + " method_renames) VALUES (?, ?, ?, ?, ?, ?)", IntStream.range(0, rows.size()).boxed().toList(), i -> {
            AppliedPhase.ExportRow r = rows.get(i);
            return new Object[]{rowId, i, r.kind(), r.oldName(), r.newName(), r.methods().isEmpty() ? null
                    : r.methods().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","))};
        });
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
