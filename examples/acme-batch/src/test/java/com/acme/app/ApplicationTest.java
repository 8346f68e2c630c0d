package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.batch.*;
import com.acme.legacy.report.ReportFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    @Test
    void a_run_registers_users_with_accounts_and_renders_the_report() {
        Application app = new Application(new Settings(1, ReportFormat.CSV));

        String report = app.run(List.of(new BatchItem("u1", "ada@acme.test"), new BatchItem("u2", "bob@acme.test"),
                new BatchItem("u3", "")));

        assertEquals("job,done,total,failed\nimport,3,3,1\n", report);
        assertEquals(2, app.registeredUsers());
        assertTrue(app.canBill("u2"));
        assertEquals(List.of(
                "progress  import: 3/3 (100%), 1 failed",
                "metrics: import.failed=1, import.processed=3",
                "1 report line(s), first job import"), app.console());
    }

    @Test
    void default_settings_use_the_tracker_interval_and_text_reports() {
        Settings settings = Settings.fromSystemProperties();

        assertEquals(ProgressTracker.DEFAULT_REPORT_INTERVAL, settings.reportInterval());
        assertEquals(ReportFormat.TEXT, settings.format());
        assertEquals(new ProgressStats(1, 1, 0), new ProgressStats(1, 1, 0));
    }
}
