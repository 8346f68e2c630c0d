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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.consolidator.store.StoreFixtures.delivery;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.class)
class DeliveryStoreTest {
    @Parameter
    TestDatabases database;
    @TempDir
    Path dir;
    Database db;
    DeliveryStore deliveries;
    JobStore jobs;

    @BeforeEach
    void open() {
        db = database.open(dir);
        deliveries = new DeliveryStore(db);
        jobs = new JobStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_delivery_with_a_job_is_stored_queued_and_its_job_is_queued() throws Exception {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        assertEquals(DeliveryStore.Outcome.STORED, deliveries.recordWithJob(delivery("d1", at), "{\"a\":1}"));

        Delivery stored = deliveries.find("d1").orElseThrow();
        assertEquals(new Delivery("d1", "issue_comment", "created", "o/r", 1L, "queued", at), stored);
        Job job = jobs.findByDelivery("d1").orElseThrow();
        assertEquals("queued", job.status());
        assertEquals("{\"a\":1}", job.payload());
        assertEquals(0, job.attempts());
    }

    @Test
    void the_same_delivery_id_is_a_duplicate_and_adds_no_second_job() throws Exception {
        Instant at = Instant.now();
        deliveries.recordWithJob(delivery("d1", at), "{}");
        assertEquals(DeliveryStore.Outcome.DUPLICATE, deliveries.recordWithJob(delivery("d1", at), "{}"));
        assertEquals(DeliveryStore.Outcome.DUPLICATE, deliveries.recordIgnored(delivery("d1", at)));
        assertEquals(1, deliveries.count());
        assertEquals(1, jobs.countByStatus().get("queued"));
    }

    @Test
    void ignored_deliveries_are_recorded_without_a_job() throws Exception {
        deliveries.recordIgnored(new Delivery("p1", "ping", null, "o/r", null, null, Instant.now()));
        assertEquals("ignored", deliveries.find("p1").orElseThrow().status());
        assertEquals(0L, jobs.countByStatus().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void identical_deliveries_racing_are_stored_exactly_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String id = "race-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<DeliveryStore.Outcome>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Callable<DeliveryStore.Outcome> insert = () -> {
                        go.await();
                        return deliveries.recordWithJob(delivery(id, Instant.now()), "{}");
                    };
                    results.add(pool.submit(insert));
                }
                go.countDown();
                int stored = 0;
                for (Future<DeliveryStore.Outcome> f : results) {
                    stored += f.get() == DeliveryStore.Outcome.STORED ? 1 : 0;
                }
                assertEquals(1, stored, "exactly one of the racing inserts wins in round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, deliveries.count());
        assertEquals(20, jobs.countByStatus().get("queued"));
    }

    @Test
    void recent_lists_newest_first_up_to_the_limit() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            deliveries.recordIgnored(delivery("d" + i, t.plusSeconds(i)));
        }
        List<String> ids = deliveries.recent(3).stream().map(Delivery::deliveryId).toList();
        assertEquals(List.of("d4", "d3", "d2"), ids);
    }
}
