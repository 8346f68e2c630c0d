package com.acme.batch;

import com.acme.progress.MetricsCollector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs several named jobs over their items, one after another, sharing one metrics collector. */
public class BatchRunner {
    private final MetricsCollector metrics;

    public BatchRunner(MetricsCollector metrics) {
        this.metrics = metrics;
    }

    public Map<String, ProgressStats> runAll(Map<String, List<BatchItem>> jobs) {
        Map<String, ProgressStats> results = new LinkedHashMap<>();
        jobs.forEach((name, items) -> results.put(name, new BatchJob(name, metrics).run(items, item -> { })));
        return results;
    }

    /** True when every job finished and none had failures. */
    public static boolean allClean(Map<String, ProgressStats> results) {
        return results.values().stream().allMatch(s -> s.complete() && s.failed() == 0);
    }
}
