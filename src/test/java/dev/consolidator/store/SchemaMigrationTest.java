package dev.consolidator.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SchemaMigrationTest {
    @Test
    void migrations_apply_to_a_fresh_file_database_and_rerun_as_a_no_op(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").load();
        assertEquals(6, flyway.migrate().migrationsExecuted);
        assertEquals(0, flyway.migrate().migrationsExecuted);
        assertEquals(23, tables(url), "22 tables plus flyway's history");
    }

    @Test
    void a_database_of_the_first_release_is_upgraded_in_place_with_its_rows_kept(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").target("1").load().migrate();
        try (var c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate("INSERT INTO repo_locks VALUES ('acme/app', 'someone', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }

        assertEquals(5, Flyway.configure().dataSource(url, "sa", "").load().migrate().migrationsExecuted);

        assertEquals(23, tables(url));
        try (var c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("select holder from repo_locks")) {
            rs.next();
            assertEquals("someone", rs.getString(1));
        }
    }

    private static int tables(String url) throws Exception {
        try (var c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
