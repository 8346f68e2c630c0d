package com.acme.legacy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.batch.ProgressStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {
    private final Map<String, ProgressStats> results = new LinkedHashMap<>();

    ReportGeneratorTest() {
        results.put("import", new ProgressStats(8, 10, 1));
        results.put("export", new ProgressStats(3, 3, 0));
    }

    @Test
    void text_reports_line_up_in_columns() {
        String report = new ReportGenerator(ReportFormat.TEXT).render(results);

        assertEquals("import           8/10   1\nexport            3/3   0\n", report);
    }

    @Test
    void csv_reports_have_a_header_and_one_row_per_job() {
        String report = new ReportGenerator(ReportFormat.CSV).render(results);

        assertEquals("job,done,total,failed\nimport,8,10,1\nexport,3,3,0\n", report);
        assertEquals("csv", ReportFormat.CSV.extension());
    }

    @Test
    void lines_keep_the_job_order() {
        List<ReportGenerator.Line> lines = new ReportGenerator(ReportFormat.TEXT).lines(results);

        assertEquals(new ReportGenerator.Line("import", 8, 10, 1), lines.get(0));
        assertEquals("export", lines.get(1).job());
    }
}
