package com.acme.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsCollectorTest {

    @Test
    void counters_add_up_and_render_sorted_by_name() {
        MetricsCollector metrics = new MetricsCollector();
        metrics.increment("b.count", 2);
        metrics.increment("a.count", 1);
        metrics.increment("b.count", 3);

        assertEquals(Map.of("a.count", 1L, "b.count", 5L), metrics.snapshot());
        assertEquals("now: a.count=1, b.count=5", MetricsSnapshot.of("now", metrics).render());
        assertEquals(0, metrics.count("missing"));
    }

    @Test
    void counters_never_go_down() {
        assertThrows(IllegalArgumentException.class, () -> new MetricsCollector().increment("x", -1));
    }
}
