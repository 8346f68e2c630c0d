package dev.consolidator.store;

import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class InstallationStoreTest {
    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;
    InstallationStore store;

    @BeforeEach
    void open() {
        db = database.open(dir);
        store = new InstallationStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void repositories_follow_their_installation_through_install_remove_and_uninstall() throws Exception {
        store.saveInstallation(10, "acme", "Organization");
        store.addRepositories(10, List.of("acme/a", "acme/b"));
        assertEquals(Optional.of(10L), store.installationOf("acme/a"));
        assertThat(store.isInstalled(10)).as("installation 10 is installed once saved").isTrue();

        store.removeRepositories(List.of("acme/b"));
        assertEquals(Optional.empty(), store.installationOf("acme/b"));
        store.addRepositories(10, List.of("acme/b"));
        assertEquals(Optional.of(10L), store.installationOf("acme/b"), "a removed repository can come back");

        store.setSuspended(10, true);
        assertThat(store.isInstalled(10)).as("installation 10 is installed while suspended").isFalse();
        store.setSuspended(10, false);
        store.markDeleted(10);
        assertThat(store.isInstalled(10)).as("installation 10 is installed once deleted").isFalse();
        assertEquals(Optional.empty(), store.installationOf("acme/a"));
        assertThat(store.findRepository("acme/a")).as("history is kept").isPresent();
    }

    @Test
    void saving_a_repository_seen_in_an_event_creates_an_unknown_installation_and_keeps_known_details() throws Exception {
        store.saveRepository(77, "o/r", 5L, "main", "https://github.com/o/r.git");
        store.saveRepository(77, "o/r", null, null, null);
        RepositoryRecord repo = store.findRepository("o/r").orElseThrow();
        assertEquals(5L, repo.githubId());
        assertEquals("main", repo.defaultBranch());
        assertEquals("https://github.com/o/r.git", repo.cloneUrl());
        assertThat(store.isInstalled(77)).as("installation 77 is installed").isTrue();

        store.saveInstallation(77, "o", "User");
        store.saveInstallation(77, null, null);
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery("SELECT account_login FROM installations WHERE id = 77")) {
            rs.next();
            assertEquals("o", rs.getString(1), "a later event without the account does not erase it");
        }
    }

    @Test
    void ensure_repository_is_idempotent_for_local_checkouts() throws Exception {
        RepositoryRecord first = store.ensureRepository("local:/tmp/x");
        RepositoryRecord again = store.ensureRepository("local:/tmp/x");
        assertEquals(first.id(), again.id());
        assertEquals(null, first.installationId());
    }

    @Test
    void racing_saves_of_one_repository_make_one_row() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            saves.add(pool.submit(() -> {
                go.await();
                store.saveRepository(3, "o/race", 9L, "main", null);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : saves) {
            f.get();
        }
        pool.shutdown();
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM repositories")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
