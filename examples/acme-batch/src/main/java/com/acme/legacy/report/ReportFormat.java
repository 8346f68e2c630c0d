package com.acme.legacy.report;

/** How a report is rendered. */
public enum ReportFormat {
    TEXT, CSV;

    /** The file extension a saved report gets. */
    public String extension() {
        return this == CSV ? "csv" : "txt";
    }
}
