package com.acme.legacy.report;

import java.util.List;

/** Writes report lines as CSV with a header row. */
class CsvReportWriter {
    static final String HEADER = "job,done,total,failed";

    String write(List<ReportGenerator.Line> lines) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (ReportGenerator.Line line : lines) {
            csv.append(line.job()).append(',')
                    .append(line.done()).append(',')
                    .append(line.total()).append(',')
                    .append(line.failed()).append('\n');
        }
        return csv.toString();
    }
}
