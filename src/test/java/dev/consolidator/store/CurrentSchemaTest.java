package dev.consolidator.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that already has every migration of this build opens without Flyway; any other still goes through it. */
class CurrentSchemaTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db");
    }

    private Connection plain() throws Exception {
        return DriverManager.getConnection(Database.normalizeH2Url(url()), "sa", "");
    }

    @Test
    void the_checksums_of_the_shipped_scripts_are_the_ones_flyway_records() {
        try (Database db = Database.open(url())) {
            MigrationInfo[] applied = Flyway.configure().dataSource(db.dataSource()).load().info().applied();
            Map<String, Integer> shipped = CurrentSchema.shipped().orElseThrow();

            assertThat(applied).isNotEmpty().allSatisfy(m ->
                    assertThat(shipped).containsEntry(m.getScript(), m.getChecksum()));
            assertThat(shipped).hasSize(applied.length);
        }
    }

    @Test
    void a_fresh_database_is_migrated_by_flyway_and_opens_without_it_the_next_time() {
        try (Database first = Database.open(url())) {
            assertThat(first.flywayRan()).isTrue();
        }
        try (Database second = Database.open(url())) {
            assertThat(second.flywayRan()).isFalse();
            assertThat(second.migrationsApplied()).isTrue();
        }
    }

    @Test
    void a_database_of_an_older_build_is_still_migrated() throws Exception {
        Flyway.configure().dataSource(Database.normalizeH2Url(url()), "sa", "").target("1").load().migrate();

        try (Database db = Database.open(url())) {
            assertThat(db.flywayRan()).isTrue();
            assertThat(db.migrationsApplied()).isTrue();
        }
    }

    @Test
    void a_migration_changed_after_it_was_applied_still_refuses_to_open() throws Exception {
        Database.open(url()).close();
        try (Connection c = plain()) {
            c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");
            c.createStatement().execute("SHUTDOWN");
        }

        assertThatThrownBy(() -> Database.open(url())).hasMessageContaining("checksum");
    }

    @Test
    void a_failed_migration_in_the_history_goes_to_flyway() throws Exception {
        Database.open(url()).close();
        try (Connection c = plain()) {
            c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
            c.createStatement().execute("SHUTDOWN");
        }

        assertThatThrownBy(() -> Database.open(url())).hasMessageContaining("failed");
    }
}
