package com.acme.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.progress.MetricsCollector;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {

    @Test
    void update_progress_sets_the_job_counters_to_the_latest_values() {
        MetricsCollector metrics = new MetricsCollector();

        ProgressTracker.updateProgress(metrics, "import", 3, 10, 1);
        ProgressStats stats = ProgressTracker.updateProgress(metrics, "import", 7, 10, 2);

        assertEquals(new ProgressStats(7, 10, 2), stats);
        assertEquals(7, metrics.count("import.processed"));
        assertEquals(2, metrics.count("import.failed"));
    }

    @Test
    void report_progress_reads_as_one_log_line() {
        assertEquals("import: 40/80 (50%), 2 failed", ProgressTracker.reportProgress("import", new ProgressStats(40, 80, 2)));
    }

    @Test
    void should_report_at_every_interval_but_not_at_the_start() {
        assertTrue(ProgressTracker.shouldReport(ProgressTracker.DEFAULT_REPORT_INTERVAL, ProgressTracker.DEFAULT_REPORT_INTERVAL));
        assertFalse(ProgressTracker.shouldReport(0, 10));
        assertFalse(ProgressTracker.shouldReport(15, 10));
    }
}
