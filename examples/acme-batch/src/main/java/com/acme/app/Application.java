package com.acme.app;

import static com.acme.batch.ProgressTracker.reportProgress;
import static com.acme.legacy.util.TextPadding.padRight;

import com.acme.accounts.AccountManager;
import com.acme.accounts.AccountService;
import com.acme.batch.BatchItem;
import com.acme.batch.BatchJob;
import com.acme.batch.ProgressStats;
import com.acme.legacy.report.*;
import com.acme.progress.MetricsCollector;
import com.acme.progress.MetricsSnapshot;
import com.acme.users.UserManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wires the batch system together: registers the users and accounts found in the input, runs the import job and
 * renders the report with {@link com.acme.legacy.report.ReportGenerator}.
 */
public final class Application {
    private final Settings settings;
    private final MetricsCollector metrics = new MetricsCollector();
    private final UserManager users = new UserManager();
    private final AccountManager accounts = new AccountManager();
    private final List<String> console = new ArrayList<>();

    public Application(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Application app = new Application(Settings.fromSystemProperties());
        List<BatchItem> items = new ArrayList<>();
        for (String arg : args) {
            String[] parts = arg.split("=", 2);
            items.add(new BatchItem(parts[0], parts.length > 1 ? parts[1] : ""));
        }
        System.out.print(app.run(items));
        app.console().forEach(System.out::println);
    }

    /** Imports every item as a user with an account, then returns the rendered report. */
    public String run(List<BatchItem> items) {
        BatchJob job = new BatchJob("import", metrics, settings.reportInterval());
        ProgressStats stats = job.run(items, item -> {
            users.register(item.id(), item.payload());
            accounts.open("acc-" + item.id(), item.id());
        });
        console.add(padRight("progress", 10) + reportProgress(job.name(), stats));
        console.add(MetricsSnapshot.of("metrics", metrics).render());
        Map<String, ProgressStats> results = new LinkedHashMap<>();
        results.put(job.name(), stats);
        List<ReportGenerator.Line> lines = new ReportGenerator(settings.format()).lines(results);
        console.add(lines.size() + " report line(s), first job " + lines.get(0).job());
        return new ReportGenerator(settings.format()).render(results);
    }

    public boolean canBill(String userId) {
        return new AccountService(accounts).canBill("acc-" + userId);
    }

    public int registeredUsers() {
        return users.count();
    }

    public List<String> console() {
        return List.copyOf(console);
    }
}
