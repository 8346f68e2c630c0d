package com.acme.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.progress.MetricsCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchJobTest {

    @Test
    void a_job_handles_processable_items_counts_the_rest_as_failed_and_reports_at_each_interval() {
        MetricsCollector metrics = new MetricsCollector();
        List<String> handled = new ArrayList<>();
        BatchJob job = new BatchJob("load", metrics, 2);

        ProgressStats stats = job.run(List.of(new BatchItem("a", "x"), new BatchItem("b", " "), new BatchItem("c", "z"),
                new BatchItem("d", "w")), item -> handled.add(item.id()));

        assertEquals(List.of("a", "c", "d"), handled);
        assertEquals(new ProgressStats(4, 4, 1), stats);
        assertEquals(List.of("load: 2/4 (50%), 1 failed", "load: 4/4 (100%), 1 failed"), job.log());
        assertEquals(4, metrics.count("load.processed"));
    }

    @Test
    void the_runner_shares_one_collector_and_knows_when_every_job_was_clean() {
        MetricsCollector metrics = new MetricsCollector();

        Map<String, ProgressStats> results = new BatchRunner(metrics).runAll(Map.of(
                "users", List.of(new BatchItem("u1", "a@acme.test")),
                "accounts", List.of(new BatchItem("a1", "u1"), new BatchItem("a2", "u1"))));

        assertEquals(1, metrics.count("users.processed"));
        assertEquals(2, metrics.count("accounts.processed"));
        assertEquals(true, BatchRunner.allClean(results));
    }

    @Test
    void progress_stats_refuse_more_failures_than_items_done() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressStats(1, 2, 2));
        assertEquals(100, new ProgressStats(0, 0, 0).percent());
    }
}
