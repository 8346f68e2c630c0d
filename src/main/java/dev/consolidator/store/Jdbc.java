package dev.consolidator.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Small JDBC conveniences for the stores: binding plain Java values and reading nullable columns. */
final class Jdbc {
    private Jdbc() {
    }

    /** Binds values from {@code first}; returns the next free index. */
    static int bind(PreparedStatement ps, int first, Object... values) throws SQLException {
        int i = first;
        for (Object v : values) {
            if (v instanceof Instant instant) {
                ps.setTimestamp(i++, Timestamp.from(instant));
            } else if (v instanceof Enum<?> e) {
                ps.setString(i++, e.name().toLowerCase(java.util.Locale.ROOT));
            } else {
                ps.setObject(i++, v);
            }
        }
        return i;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long longValue(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A unique or primary key violation, the same way on H2 and PostgreSQL (SQLSTATE 23505). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
