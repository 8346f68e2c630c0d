package dev.consolidator.store;

import dev.consolidator.testing.MutableClock;
import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The V5 tables on H2 and PostgreSQL: burndown points once per merge, the dashboard issue's row and its flag. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class DashboardStoresTest {
    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));

    @BeforeEach
    void open() {
        db = database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long phase(String id, int index) {
        return new PhaseRecorder(db.dataSource(), clock).record(new AppliedPhase("acme/shop", id, index, "Phase " + id,
                PhaseState.OPEN, "main", "consolidation/" + id, "consolidation/backup/" + id, "b" + id, "h" + id, index + 1,
                40, 38, 2000, 1950, 3, List.of(), null, List.of(), List.of()));
    }

    @Test
    void burndown_points_are_kept_once_per_phase_event_and_commit_in_time_order() {
        BurndownStore store = new BurndownStore(db.dataSource(), clock);
        long p1 = phase("p1", 0);
        long p2 = phase("p2", 1);

        assertThat(store.record(p1, BurndownStore.MERGED, "m1", 38, 1950L)).as("a new point: %s", store.points("acme/shop")).isTrue();
        clock.advance(Duration.ofDays(1));
        assertThat(store.record(p2, BurndownStore.MERGED, "m2", 35, 3_000_000_000L))
                .as("a new point: %s", store.points("acme/shop")).isTrue();
        assertThat(store.record(p1, BurndownStore.MERGED, "m1", 99, 99L)).as("a redelivered merge").isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(store.record(p2, BurndownStore.ROLLED_BACK, "r2", 38, 1950L)).as("a new point: %s", store.points("acme/shop"))
                .isTrue();

        assertThat(store.points("acme/shop")).containsExactly(
                new BurndownStore.Point("p1", "merged", "m1", 38, 1950L, Instant.parse("2026-11-02T09:00:00Z")),
                new BurndownStore.Point("p2", "merged", "m2", 35, 3_000_000_000L, Instant.parse("2026-11-03T09:00:00Z")),
                new BurndownStore.Point("p2", "rolled_back", "r2", 38, 1950L, Instant.parse("2026-11-04T09:00:00Z")));
        assertThat(store.points("acme/other")).isEmpty();
    }

    @Test
    void the_dashboard_row_follows_the_plan_records_the_issue_and_hands_the_flag_to_one_taker() {
        DashboardIssueStore store = new DashboardIssueStore(db.dataSource(), clock);
        assertThat(store.find("acme/shop")).isEmpty();

        store.planSeen("acme/shop", true, 2);
        store.planSeen("acme/shop", false, 3);
        assertThat(store.find("acme/shop")).contains(new DashboardIssueStore.Row(false, 3, null, null, false));

        store.planSeen("acme/shop", true, 1);
        store.setIssue("acme/shop", 1001);
        store.written("acme/shop", "ab".repeat(32));
        store.markDirty("acme/shop");
        assertThat(store.find("acme/shop")).contains(new DashboardIssueStore.Row(true, 1, 1001, "ab".repeat(32), true));
        assertThat(store.takeDirty("acme/shop")).as("the first taker gets the flag; row now %s", store.find("acme/shop")).isTrue();
        assertThat(store.takeDirty("acme/shop")).as("the second taker gets it too; row now %s", store.find("acme/shop")).isFalse();

        store.forgetBody("acme/shop");
        assertThat(store.find("acme/shop").orElseThrow().bodySha256()).isNull();
        store.forgetIssue("acme/shop");
        assertThat(store.find("acme/shop").orElseThrow().issueNumber()).isNull();
    }
}
