package dev.consolidator.dashboard;

import dev.consolidator.store.AppliedPhase;
import dev.consolidator.store.BurndownStore;
import dev.consolidator.store.DashboardIssueStore;
import dev.consolidator.store.PhaseRecorder;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.store.ReviewStore;
import dev.consolidator.testing.MutableClock;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A repository's history as the bot records it, written through the real stores over six days: p1 and p2 merged,
 * p3 merged then rolled back, p4 open with one of two approvals and green CI, p5 planned. The burndown holds the
 * figures below; tests compare what the page shows with them.
 */
final class ShopProgress {
    static final String REPO = "acme/shop";
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    /** start, p1 merged, p2 merged, p3 merged, p3 rolled back. */
    static final List<Integer> FILES = List.of(412, 398, 371, 352, 371);
    static final List<Long> LINES = List.of(38_450L, 37_900L, 36_200L, 35_100L, 36_180L);
    static final List<String> EVENTS = List.of("start", "merged", "merged", "merged", "rolled_back");
    static final List<String> POINT_PHASES = List.of("p1", "p1", "p2", "p3", "p3");

    private ShopProgress() {
    }

    static void record(DataSource ds) {
        MutableClock clock = new MutableClock(T0);
        PhaseRecorder recorder = new PhaseRecorder(ds, clock);
        PhaseStore phases = new PhaseStore(ds, clock);
        BurndownStore burndown = new BurndownStore(ds, clock);
        ReviewStore reviews = new ReviewStore(ds);
        phases.syncPlan(REPO, List.of(java.util.Map.entry("p1", "Fold the order helpers into OrderService"),
                java.util.Map.entry("p2", "Move the event types to com.shop.events"),
                java.util.Map.entry("p3", "Merge LegacyOrders into OrderManager"),
                java.util.Map.entry("p4", "Retire the web.util package"),
                java.util.Map.entry("p5", "Delete the unused reporting types")));
        new DashboardIssueStore(ds, clock).planSeen(REPO, true, 2);

        long p1 = recorder.record(applied("p1", 0, "Fold the order helpers into OrderService", 1, 412, 398, 38_450, 37_900, 41));
        clock.advance(Duration.ofDays(1));
        phases.update(REPO, "p1", "state = ?, merge_commit = ?, merged_at = ?", "merged", sha("m1"), clock.instant());
        burndown.record(p1, BurndownStore.MERGED, sha("m1"), 398, 37_900);

        clock.advance(Duration.ofHours(20));
        long p2 = recorder.record(applied("p2", 1, "Move the event types to com.shop.events", 2, 398, 371, 37_900, 36_200, 118));
        clock.advance(Duration.ofDays(1));
        phases.update(REPO, "p2", "state = ?, merge_commit = ?, merged_at = ?", "merged", sha("m2"), clock.instant());
        burndown.record(p2, BurndownStore.MERGED, sha("m2"), 371, 36_200);

        clock.advance(Duration.ofHours(6));
        long p3 = recorder.record(applied("p3", 2, "Merge LegacyOrders into OrderManager", 3, 371, 352, 36_200, 35_100, 64));
        clock.advance(Duration.ofDays(1));
        phases.update(REPO, "p3", "state = ?, merge_commit = ?, merged_at = ?", "merged", sha("m3"), clock.instant());
        burndown.record(p3, BurndownStore.MERGED, sha("m3"), 352, 35_100);
        clock.advance(Duration.ofDays(1));
        phases.update(REPO, "p3", "state = ?, revert_pr_number = ?, revert_branch = ?", PhaseState.ROLLED_BACK.label(), 5,
                "consolidation/revert/p3");
        burndown.record(p3, BurndownStore.ROLLED_BACK, sha("r3"), 371, 36_180);

        clock.advance(Duration.ofHours(3));
        long p4 = recorder.record(applied("p4", 3, "Retire the web.util package", 6, 371, 362, 36_180, 35_890, 27));
        reviews.recordReview(p4, new ReviewStore.Review(801, "octocat", "approved", sha("h4"), true, clock.instant()));
        reviews.recordSuite(p4, new ReviewStore.SuiteResult(901, "github-actions", sha("h4"), "success"), clock.instant());
    }

    private static AppliedPhase applied(String id, int index, String title, int pr, int filesBefore, int filesAfter,
                                        int linesBefore, int linesAfter, int references) {
        return new AppliedPhase(REPO, id, index, title, PhaseState.OPEN, "main", "consolidation/" + id,
                "consolidation/backup/" + id, sha("b" + index), sha("h" + (index + 1)), pr, filesBefore, filesAfter,
                linesBefore, linesAfter, references,
                List.of(new AppliedPhase.StepRow(0, "merge", "merge types of phase " + id, sha("h" + (index + 1)), false)),
                null,
                List.of(new AppliedPhase.MappingRow(0, "many_to_one", "com.shop.a.T" + index, "src/main/java/com/shop/a/T" + index + ".java",
                                "com.shop.b.C" + index, "src/main/java/com/shop/b/C" + index + ".java"),
                        new AppliedPhase.MappingRow(0, "one_to_one", "com.shop.a.U" + index, "src/main/java/com/shop/a/U" + index + ".java",
                                "com.shop.b.U" + index, "src/main/java/com/shop/b/U" + index + ".java")),
                List.of());
    }

    /** A 40-hex commit id named after {@code seed}. */
    static String sha(String seed) {
        StringBuilder sb = new StringBuilder();
        for (char c : seed.toCharArray()) {
            sb.append(String.format("%02x", (int) c));
        }
        while (sb.length() < 40) {
            sb.append('0');
        }
        return sb.substring(0, 40);
    }
}
