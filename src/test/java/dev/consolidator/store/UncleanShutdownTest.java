package dev.consolidator.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An H2 file left open by a crash is checked at the next start, and rebuilt from its rows when inconsistent. */
class UncleanShutdownTest {
    @TempDir
    Path dir;

    String url() {
        return "jdbc:h2:file:" + dir.resolve("data/consolidator");
    }

    void storeDeliveries(int n) throws Exception {
        try (Database db = Database.open(url())) {
            DeliveryStore deliveries = new DeliveryStore(db);
            for (int i = 0; i < n; i++) {
                deliveries.recordWithJob(new Delivery("d" + i, "push", null, "o/r", 1L, null, Instant.now()), "{}");
            }
        }
    }

    @Test
    void a_clean_close_leaves_no_marker_and_the_next_start_checks_nothing() throws Exception {
        storeDeliveries(2);

        assertThat(dir.resolve("data/consolidator.open")).doesNotExist();
        try (Database db = Database.open(url())) {
            assertThat(db.recovery()).isEmpty();
            assertThat(dir.resolve("data/consolidator.open")).exists();
        }
    }

    @Test
    void after_an_unclean_shutdown_the_database_is_checked_and_a_consistent_one_is_kept_as_it_is() throws Exception {
        storeDeliveries(3);
        Files.writeString(dir.resolve("data/consolidator.open"), "12345\n"); // what a kill -9 leaves behind

        try (Database db = Database.open(url())) {
            assertThat(db.recovery()).hasValueSatisfying(r -> assertThat(r).contains("not shut down cleanly").contains("checked"));
            assertThat(new DeliveryStore(db).count()).isEqualTo(3);
            try (Connection c = db.connection()) {
                assertThat(H2Recovery.inconsistencies(c)).isEmpty();
            }
        }
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("before-rebuild"));
        }
    }

    @Test
    void a_rebuild_keeps_every_committed_row_and_the_old_file() throws Exception {
        storeDeliveries(5);
        H2Recovery recovery = new H2Recovery(Database.normalizeH2Url(url()), dir.resolve("data/consolidator").toAbsolutePath());

        String said = recovery.rebuild(List.of("deliveries: 5 rows scanned, 4 found by primary key"));

        assertThat(said).contains("rebuilt from its committed rows").contains("old file is kept as");
        Path kept;
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("consolidator.mv.db.before-rebuild-")).findFirst().orElseThrow();
        }
        Files.createDirectories(dir.resolve("old"));
        Files.copy(kept, dir.resolve("old/consolidator.mv.db"));
        try (Database old = Database.open("jdbc:h2:file:" + dir.resolve("old/consolidator"))) {
            assertThat(new DeliveryStore(old).count()).as("the kept file is the old database").isEqualTo(5);
        }
        try (Database db = Database.open(url())) {
            DeliveryStore deliveries = new DeliveryStore(db);
            assertThat(deliveries.count()).isEqualTo(5);
            assertThat(new JobStore(db).countByStatus().get("queued")).isEqualTo(5L);
            assertThat(deliveries.recordWithJob(new Delivery("d9", "push", null, "o/r", 1L, null, Instant.now()), "{}"))
                    .isEqualTo(DeliveryStore.Outcome.STORED);
            assertThat(deliveries.recordWithJob(new Delivery("d0", "push", null, "o/r", 1L, null, Instant.now()), "{}"))
                    .as("the primary key works again").isEqualTo(DeliveryStore.Outcome.DUPLICATE);
        }
    }

    @Test
    void a_row_missing_from_its_primary_key_after_a_crash_is_found_at_start_and_the_file_rebuilt() throws Exception {
        // given a file where one delivery is in the table but not in its primary-key index, as a kill -9 left it
        storeDeliveries(5);
        dropFromPrimaryKey("deliveries", "d2");
        Files.writeString(dir.resolve("data/consolidator.open"), "12345\n");

        // when the database is opened
        try (Database db = Database.open(url())) {
            // then it was rebuilt: every row is there and found by key, and the old file is kept
            assertThat(db.recovery()).hasValueSatisfying(r -> assertThat(r)
                    .contains("rebuilt from its committed rows").contains("deliveries: 5 rows scanned, 4 found by primary key"));
            DeliveryStore deliveries = new DeliveryStore(db);
            assertThat(deliveries.count()).isEqualTo(5);
            assertThat(deliveries.find("d2")).isPresent();
            assertThat(deliveries.recordWithJob(new Delivery("d2", "push", null, "o/r", 1L, null, Instant.now()), "{}"))
                    .isEqualTo(DeliveryStore.Outcome.DUPLICATE);
        }
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("consolidator.mv.db.before-rebuild-"));
        }
    }

    /** Test-only damage through H2's internals: removes one row from the table's primary-key index, not from the table. */
    private void dropFromPrimaryKey(String table, String id) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(Database.normalizeH2Url(url()), "sa", "")) {
            c.setAutoCommit(false);
            org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            org.h2.table.Table t = session.getDatabase().getSchema("public").getTableOrView(session, table);
            org.h2.index.Index pk = t.getIndexes().stream().filter(i -> i.getIndexType().isPrimaryKey()).findFirst().orElseThrow();
            org.h2.index.Cursor rows = t.getScanIndex(session).find(session, null, null, false);
            while (rows.next()) {
                if (rows.get().getValue(0).getString().equals(id)) {
                    pk.remove(session, rows.get());
                }
            }
            c.commit();
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        try (Connection c = java.sql.DriverManager.getConnection(Database.normalizeH2Url(url()), "sa", "")) {
            assertThat(H2Recovery.inconsistencies(c)).as("the damage is there").isNotEmpty();
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }
}
