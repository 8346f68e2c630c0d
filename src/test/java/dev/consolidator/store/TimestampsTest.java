package dev.consolidator.store;

import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's one timestamp convention ({@link Jdbc#utc} to bind, {@link Jdbc#instant} to read): an instant comes
 * back as it went in, whatever the JVM's time zone when it was written and when it is read, and compares in SQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class TimestampsTest {
    /** Microseconds: the precision of TIMESTAMP WITH TIME ZONE on both databases; a night when Europe's clocks change. */
    private static final Instant AT = Instant.parse("2026-03-29T01:30:00.123456Z");

    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;
    private final TimeZone zoneBefore = TimeZone.getDefault();

    @BeforeEach
    void open() throws SQLException {
        db = database.open(dir);
        try (Connection c = db.connection()) {
            c.createStatement().execute("CREATE TABLE stamps (id INT NOT NULL, at TIMESTAMP WITH TIME ZONE)");
        }
    }

    @AfterEach
    void close() {
        TimeZone.setDefault(zoneBefore);
        db.close();
    }

    @Test
    void an_instant_written_in_one_time_zone_reads_the_same_in_another() throws SQLException {
        TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns")); // UTC-2:30 that night
        insert(1, AT);

        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu")); // UTC+5:45

        assertThat(read()).containsExactly(AT);
    }

    @Test
    void bind_writes_an_instant_the_same_way_as_utc() throws SQLException {
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
        insert(1, AT);
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO stamps (id, at) VALUES (?, ?)")) {
            Jdbc.bind(ps, 1, 2, AT);
            ps.executeUpdate();
        }

        assertThat(read()).containsExactly(AT, AT);
    }

    @Test
    void a_bound_instant_compares_with_stored_ones_in_sql() throws SQLException {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        insert(1, AT);

        assertThat(countAtOrBefore(AT)).isEqualTo(1);
        assertThat(countAtOrBefore(AT.minusNanos(1_000))).isZero();
    }

    @Test
    void a_null_timestamp_reads_as_null() throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO stamps (id, at) VALUES (1, NULL)")) {
            ps.executeUpdate();
        }

        assertThat(read()).containsExactly((Instant) null);
    }

    private void insert(int id, Instant at) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO stamps (id, at) VALUES (?, ?)")) {
            ps.setInt(1, id);
            ps.setObject(2, Jdbc.utc(at));
            ps.executeUpdate();
        }
    }

    private List<Instant> read() throws SQLException {
        List<Instant> out = new ArrayList<>();
        try (Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery("SELECT at FROM stamps ORDER BY id")) {
            while (rs.next()) {
                out.add(Jdbc.instant(rs, "at"));
            }
        }
        return out;
    }

    private int countAtOrBefore(Instant limit) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM stamps WHERE at <= ?")) {
            ps.setObject(1, Jdbc.utc(limit));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
