package dev.consolidator.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Small JDBC conveniences for the stores: binding plain Java values and reading nullable columns.
 *
 * <p>Timestamps have one convention: every column is {@code TIMESTAMP WITH TIME ZONE}, bound with {@link #utc} and
 * read with {@link #instant}, both as an {@link OffsetDateTime} at UTC (JDBC 4.2), so neither the JVM's time zone
 * nor the database session's moves an instant, on H2 and PostgreSQL alike.
 */
final class Jdbc {
    private Jdbc() {
    }

    /** Binds values from {@code first}; returns the next free index. */
    static int bind(PreparedStatement ps, int first, Object... values) throws SQLException {
        int i = first;
        for (Object v : values) {
            if (v instanceof Instant instant) {
                ps.setObject(i++, utc(instant));
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

    /** An instant as a {@code TIMESTAMP WITH TIME ZONE} parameter. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column, null when the column is. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A unique or primary key violation, the same way on H2 and PostgreSQL (SQLSTATE 23505). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
