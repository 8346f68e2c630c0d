package com.acme.batch;

import com.acme.progress.MetricsCollector;

/**
 * Tracks the progress of batch jobs. Written by the batch team before {@link MetricsCollector} existed; it now only
 * feeds counters into a collector, so it is redundant and will be folded into it. Stateless: every method is static.
 */
public final class ProgressTracker {
    /** Report progress every this many items. */
    public static final int DEFAULT_REPORT_INTERVAL = 100;

    /** Records the job's progress as counters in {@code metrics} and returns it as stats. */
    public static ProgressStats updateProgress(MetricsCollector metrics, String job, int done, int total, int failed) {
        ProgressStats stats = new ProgressStats(done, total, failed);
        metrics.increment(job + ".processed", Math.max(0, done - metrics.count(job + ".processed")));
        metrics.increment(job + ".failed", Math.max(0, failed - metrics.count(job + ".failed")));
        return stats;
    }

    /** One log line such as {@code import: 40/80 (50%), 2 failed}. */
    public static String reportProgress(String job, ProgressStats stats) {
        return job + ": " + stats.done() + "/" + stats.total() + " (" + stats.percent() + "%), " + stats.failed() + " failed";
    }

    /** Whether the item just finished is one at which progress gets reported. */
    public static boolean shouldReport(int done, int interval) {
        return done > 0 && done % interval == 0;
    }
}
