package dev.consolidator.app;

import dev.consolidator.store.Database;
import dev.consolidator.store.InstallationStore;
import dev.consolidator.webhook.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DefaultHandlerTest {
    @TempDir
    Path dir;

    @Test
    void the_default_server_records_an_installation_delivered_over_http() throws Exception {
        Config config = TestConfigs.config(dir);
        try (Database db = Database.open(config.dbUrl()); Server server = Server.builder(config, db).start()) {
            assertEquals(202, new WebhookClient(server.port()).post("installation", "inst-1",
                    Fixtures.bytes("installation.created.json")).statusCode());
            InstallationStore installations = new InstallationStore(db);
            Await.until("installation recorded", Duration.ofSeconds(10),
                    () -> installations.installationOf("Codertocat/Hello-World").isPresent());
            assertEquals(Optional.of(957387L), installations.installationOf("Codertocat/Hello-World"));
        }
    }
}
