package com.acme.legacy.report;

import com.acme.batch.ProgressStats;
import com.acme.legacy.util.TextPadding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the end-of-run report: one line per job with its progress. */
public class ReportGenerator {

    /** One row of the report. */
    public record Line(String job, int done, int total, int failed) {
        static Line of(String job, ProgressStats stats) {
            return new Line(job, stats.done(), stats.total(), stats.failed());
        }
    }

    private final ReportFormat format;

    public ReportGenerator(ReportFormat format) {
        this.format = format;
    }

    public List<Line> lines(Map<String, ProgressStats> results) {
        List<Line> lines = new ArrayList<>();
        results.forEach((job, stats) -> lines.add(Line.of(job, stats)));
        return lines;
    }

    public String render(Map<String, ProgressStats> results) {
        List<Line> lines = lines(results);
        if (format == ReportFormat.CSV) {
            return new CsvReportWriter().write(lines);
        }
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(TextPadding.padRight(line.job(), 12))
                    .append(TextPadding.padLeft(line.done() + "/" + line.total(), 9))
                    .append(TextPadding.padLeft(String.valueOf(line.failed()), 4))
                    .append('\n');
        }
        return text.toString();
    }
}
