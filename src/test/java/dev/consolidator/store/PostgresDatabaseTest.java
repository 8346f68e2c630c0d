package dev.consolidator.store;

import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same migrations and pool on a real PostgreSQL 14 (started by the tests). */
class PostgresDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void a_postgresql_url_opens_a_pool_and_applies_the_same_migrations() throws Exception {
        String url = TestDatabases.POSTGRES.url(dir);
        try (Database db = Database.open(url, TestDatabases.POSTGRES.user(), TestDatabases.POSTGRES.password());
             Connection c = db.connection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(db.shared()).isTrue();
            assertThat(db.migrationsApplied()).isTrue();
            assertThat(db.isHealthy()).isTrue();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(migrationFiles());
            }
        }
        try (Database again = Database.open(url, TestDatabases.POSTGRES.user(), TestDatabases.POSTGRES.password())) {
            assertThat(again.migrationsApplied()).as("reopening migrates nothing and stays ready").isTrue();
        }
    }

    @Test
    void an_unknown_user_fails_with_the_database_error_and_never_shows_the_password() {
        String url = TestDatabases.POSTGRES.url(dir); // the embedded server trusts local users: the role must exist

        assertThatThrownBy(() -> Database.open(url, Optional.of("nobody"), Optional.of("s3cret-pw")))
                .hasStackTraceContaining("nobody")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("s3cret-pw"));
    }

    @Test
    void h2_is_not_shared_between_processes() {
        try (Database db = TestDatabases.H2.open(dir)) {
            assertThat(db.shared()).isFalse();
            assertThat(db.migrationsApplied()).isTrue();
        }
    }

    private static int migrationFiles() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
