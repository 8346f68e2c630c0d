package dev.consolidator.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseTest {
    @Test
    void h2_urls_get_postgresql_mode_unless_they_choose_a_mode() {
        assertEquals("jdbc:h2:file:./data/c;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                Database.normalizeH2Url("jdbc:h2:file:./data/c"));
        assertEquals("jdbc:h2:file:x;MODE=MySQL;WRITE_DELAY=100;DB_CLOSE_ON_EXIT=FALSE",
                Database.normalizeH2Url("jdbc:h2:file:x;MODE=MySQL;WRITE_DELAY=100"));
        assertThat(Database.normalizeH2Url("jdbc:h2:mem:t")).endsWith(";DB_CLOSE_DELAY=-1");
        assertEquals("jdbc:postgresql://db/c", Database.normalizeH2Url("jdbc:postgresql://db/c"));
    }

    @Test
    void opening_a_file_database_creates_its_directories_and_migrates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/deeper/consolidator");
        try (Database db = Database.open("jdbc:h2:file:" + file)) {
            assertThat(file.getParent()).isDirectory();
            assertThat(db.isHealthy()).as("the database %s is healthy", file).isTrue();
            try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN ('deliveries', 'jobs')")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
    }

    @Test
    void close_shuts_h2_down_so_the_file_can_be_reopened_and_data_survives(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db");
        Database first = Database.open(url);
        first.transaction(c -> c.createStatement().executeUpdate("INSERT INTO installations (id, created_at) VALUES (7, CURRENT_TIMESTAMP)"));
        first.close();
        assertThat(first.isHealthy()).as("a closed database is healthy").isFalse();

        try (Database second = Database.open(url); Connection c = second.connection();
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM installations")) {
            assertThat(rs.next()).as("a row in installations after reopening").isTrue();
            assertEquals(7, rs.getLong(1));
        }
        assertThat(dir.resolve("db.trace.db")).as("a clean shutdown leaves no H2 error trace").doesNotExist();
    }

    @Test
    void a_failing_transaction_is_rolled_back(@TempDir Path dir) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db"))) {
            assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO installations (id, created_at) VALUES (1, CURRENT_TIMESTAMP)");
                throw new IllegalStateException("boom");
            }));
            try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM installations")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
