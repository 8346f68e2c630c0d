package com.acme.batch;

import com.acme.progress.MetricsCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a list of items through a handler, counting failures. Progress goes through
 * {@link ProgressTracker#updateProgress(MetricsCollector, String, int, int, int)} after every item.
 *
 * @see ProgressStats
 */
public class BatchJob {
    private final String name;
    private final MetricsCollector metrics;
    private final int reportInterval;
    private final List<String> log = new ArrayList<>();

    public BatchJob(String name, MetricsCollector metrics) {
        this(name, metrics, ProgressTracker.DEFAULT_REPORT_INTERVAL);
    }

    public BatchJob(String name, MetricsCollector metrics, int reportInterval) {
        this.name = name;
        this.metrics = metrics;
        this.reportInterval = reportInterval;
    }

    public String name() {
        return name;
    }

    /** Processes every item in order and returns the final progress. */
    public ProgressStats run(List<BatchItem> items, Consumer<BatchItem> handler) {
        int failed = 0;
        ProgressStats stats = ProgressTracker.updateProgress(metrics, name, 0, items.size(), 0);
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            if (item.processable()) {
                handler.accept(item);
            } else {
                failed++;
            }
            stats = ProgressTracker.updateProgress(metrics, name, i + 1, items.size(), failed);
            if (ProgressTracker.shouldReport(i + 1, reportInterval)) {
                log.add(ProgressTracker.reportProgress(name, stats));
            }
        }
        return stats;
    }

    /** The progress lines reported so far. */
    public List<String> log() {
        return List.copyOf(log);
    }
}
