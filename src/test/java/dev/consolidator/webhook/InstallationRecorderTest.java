package dev.consolidator.webhook;

import dev.consolidator.store.Database;
import dev.consolidator.store.InstallationStore;
import dev.consolidator.store.RepositoryRecord;
import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InstallationRecorderTest {
    @TempDir
    Path dir;
    Database db;
    InstallationStore store;
    InstallationRecorder recorder;

    @BeforeEach
    void open() {
        db = TestDatabases.H2.open(dir);
        store = new InstallationStore(db);
        recorder = new InstallationRecorder(store);
    }

    @AfterEach
    void close() {
        db.close();
    }

    void receive(String event, String payload) throws Exception {
        recorder.handle(EventDecoder.decode(event, payload));
    }

    @Test
    void an_installation_records_its_account_and_repositories_and_an_uninstall_removes_them() throws Exception {
        receive("installation", Fixtures.text("installation.created.json"));
        assertThat(store.isInstalled(957387)).as("installation 957387 is recorded after installation.created").isTrue();
        assertEquals(Optional.of(957387L), store.installationOf("Codertocat/Hello-World"));

        receive("installation", Fixtures.text("installation.created.json").replace("\"action\": \"created\"", "\"action\": \"deleted\""));
        assertThat(store.isInstalled(957387)).as("installation 957387 is still recorded after installation.deleted").isFalse();
        assertEquals(Optional.empty(), store.installationOf("Codertocat/Hello-World"));
    }

    @Test
    void repositories_added_to_an_installation_are_recorded() throws Exception {
        receive("installation_repositories", Fixtures.text("installation_repositories.added.synthetic.json"));
        assertEquals(Optional.of(957387L), store.installationOf("Codertocat/Hello-World"));
    }

    @Test
    void any_event_of_an_installed_repository_keeps_its_details() throws Exception {
        receive("issue_comment", Fixtures.text("issue_comment.created.json"));
        RepositoryRecord repo = store.findRepository("gsmet/quarkus-bot-java-playground").orElseThrow();
        assertEquals(13005535L, repo.installationId());
        assertEquals("https://github.com/gsmet/quarkus-bot-java-playground.git", repo.cloneUrl());
        assertThat(repo.githubId()).isNotNull().isPositive();
    }

    @Test
    void events_without_an_installation_record_nothing() throws Exception {
        receive("issue_comment", Fixtures.text("issue_comment.created.slash-command.json"));
        assertEquals(Optional.empty(), store.findRepository("chhsia0/knative-route-demo"));
    }
}
