package dev.consolidator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consolidator.webhook.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static dev.consolidator.testing.ServeProcesses.awaitPort;

/** `serve` with logFormat json: every line of its log is one JSON object, and a job's lines carry its ids. */
class JsonLogsProcessTest {
    @TempDir
    Path dir;

    @Test
    void json_log_lines_carry_the_job_delivery_and_repository_of_the_job_they_belong_to() throws Exception {
        Path log = dir.resolve("serve.log");
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.java(
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve")).redirectError(log.toFile());
        builder.environment().putAll(TestConfigs.env(dir));
        builder.environment().put("CONSOLIDATOR_LOG_FORMAT", "json");
        Process process = builder.start();
        try {
            WebhookClient client = new WebhookClient(awaitPort(process));
            assertThat(client.post("issue_comment", "json-logs-1", Fixtures.bytes("issue_comment.created.json")).statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(log).contains("done in"));
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            lines.add(json.readTree(line)); // throws on any line that is not one JSON object
        }
        assertThat(lines).allSatisfy(l -> assertThat(l.has("ts") && l.has("level") && l.has("logger") && l.has("msg")).isTrue());
        JsonNode done = lines.stream().filter(l -> l.path("msg").asText().contains("done in")).findFirst().orElseThrow();
        assertThat(done.path("delivery").asText()).isEqualTo("json-logs-1");
        assertThat(done.path("job").asText()).isNotBlank();
        assertThat(done.path("repository").asText()).contains("/");
        assertThat(lines).anySatisfy(l -> assertThat(l.path("msg").asText()).contains("server stopped"));
        assertThat(Files.readString(log)).doesNotContain(TestConfigs.SECRET);
    }

}
