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
        assertEquals(1, flyway.migrate().migrationsExecuted);
        assertEquals(0, flyway.migrate().migrationsExecuted);
        try (var c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
            rs.next();
            assertEquals(15, rs.getInt(1), "14 tables plus flyway's history");
        }
    }
}
