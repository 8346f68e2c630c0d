package com.acme.app;

/** Run settings read from system properties, with the batch defaults. */
public record Settings(int reportInterval, com.acme.legacy.report.ReportFormat format) {

    public static Settings fromSystemProperties() {
        int interval = Integer.getInteger("acme.reportInterval", com.acme.batch.ProgressTracker.DEFAULT_REPORT_INTERVAL);
        String format = System.getProperty("acme.reportFormat", "TEXT");
        return new Settings(interval, com.acme.legacy.report.ReportFormat.valueOf(format));
    }
}
