package dev.consolidator.store;

import dev.consolidator.testing.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class ReviewStoreTest {
    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;
    ReviewStore reviews;
    long phase;

    @AfterEach
    void close() {
        db.close();
    }

    @BeforeEach
    void database() {
        db = database.open(dir);
        var ds = db.dataSource();
        phase = new PhaseRecorder(ds).record(new AppliedPhase("acme/batch", "one", 0, "One", PhaseState.OPEN, "main",
                "consolidation/one", "consolidation/backup/one", "b", "h1", 5, 1, 1, 1, 1, 0, List.of(), null,
                List.of(), List.of()));
        reviews = new ReviewStore(ds);
    }

    private static ReviewStore.Review review(long id, String who, String state, String sha, boolean counted, int minute) {
        return new ReviewStore.Review(id, who, state, sha, counted, Instant.parse("2026-11-22T10:00:00Z").plusSeconds(60L * minute));
    }

    @Test
    void approvals_count_distinct_writers_on_the_head_commit_only() {
        reviews.recordReview(phase, review(1, "alice", "approved", "h1", true, 1));
        reviews.recordReview(phase, review(2, "bob", "approved", "h1", true, 2));
        reviews.recordReview(phase, review(3, "mallory", "approved", "h1", false, 3));
        reviews.recordReview(phase, review(4, "alice", "approved", "h1", true, 4));

        assertEquals(2, reviews.approvalsOn(phase, "h1"));
        assertEquals(0, reviews.approvalsOn(phase, "h2"), "a new push resets the count");
    }

    @Test
    void a_later_request_for_changes_or_dismissal_takes_the_approval_back() {
        reviews.recordReview(phase, review(1, "alice", "approved", "h1", true, 1));
        reviews.recordReview(phase, review(2, "bob", "approved", "h1", true, 2));
        reviews.recordReview(phase, review(3, "alice", "changes_requested", "h1", true, 3));
        reviews.recordReview(phase, review(2, "bob", "dismissed", "h1", true, 2));

        assertEquals(0, reviews.approvalsOn(phase, "h1"));
        assertThat(reviews.reviews(phase)).as("a redelivered review id is updated, not added").hasSize(3);
    }

    @Test
    void suites_keep_the_latest_conclusion_per_app_on_the_head_commit() {
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        reviews.recordSuite(phase, new ReviewStore.SuiteResult(10, "GitHub Actions", "h1", "failure"), t);
        reviews.recordSuite(phase, new ReviewStore.SuiteResult(11, "GitHub Actions", "h1", "success"), t.plusSeconds(60));
        reviews.recordSuite(phase, new ReviewStore.SuiteResult(12, "Jenkins", "h0", "success"), t);
        reviews.recordSuite(phase, new ReviewStore.SuiteResult(11, "GitHub Actions", "h1", "success"), t.plusSeconds(60));

        assertEquals(List.of(new ReviewStore.SuiteResult(11, "GitHub Actions", "h1", "success")), reviews.suitesOn(phase, "h1"));
    }
}
