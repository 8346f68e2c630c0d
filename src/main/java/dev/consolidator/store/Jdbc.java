package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Small JDBC conveniences for the stores: statements run with plain Java values as parameters, rows read as values,
 * nullable columns.
 *
 * <p>Timestamps have one convention: every column is {@code TIMESTAMP WITH TIME ZONE}, bound with {@link #utc} and
 * read with {@link #instant}, both as an {@link OffsetDateTime} at UTC (JDBC 4.2), so neither the JVM's time zone
 * nor the database session's moves an instant, on H2 and PostgreSQL alike.
 */
final class Jdbc {
    private Jdbc() {
    }

    /** Reads the current row of a result set as a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection of {@code dataSource}, for the stores that answer with values: a database
     * failure becomes a {@link StoreException} saying what could not be done.
     */
    static <T> T with(DataSource dataSource, String failure, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }

    /** Runs {@code work} in one transaction on {@code c}: committed when it returns, rolled back when it throws. */
    static <T> T transaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Every row the query finds with these parameters, read by {@code row}. */
    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, 1, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    /** The first row the query finds with these parameters, if any. */
    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        }
    }

    /** Runs an INSERT, UPDATE or DELETE with these parameters; returns how many rows it changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, 1, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an INSERT; false, not an exception, when a row with the same unique key is there already. */
    static boolean insertIfAbsent(Connection c, String sql, Object... params) throws SQLException {
        try {
            update(c, sql, params);
            return true;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Updates the row, or inserts it when there was none to update: both statements take the same parameters. */
    static int updateElseInsert(Connection c, String update, String insert, Object... params) throws SQLException {
        int updated = update(c, update, params);
        return updated > 0 ? updated : update(c, insert, params);
    }

    /** Runs an INSERT with these parameters; returns the {@code id} the database gave the new row. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[]{"id"})) {
            bind(ps, 1, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs the statement once for each item, with the parameters {@code values} gives it, in one batch. */
    static <T> void batch(Connection c, String sql, List<T> items, Function<T, Object[]> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T item : items) {
                bind(ps, 1, values.apply(item));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** {@code values} then {@code more}: the parameters of a statement that adds its own after the caller's. */
    static Object[] concat(Object[] values, Object... more) {
        Object[] all = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
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
