package com.acme.progress;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named counters for everything the batch system measures. Counters are sorted by name so reports are stable.
 */
public class MetricsCollector {
    private final Map<String, Long> counters = new TreeMap<>();

    /** Adds {@code by} to the counter {@code name}, creating it at zero first. */
    public void increment(String name, long by) {
        if (by < 0) {
            throw new IllegalArgumentException("counters only grow: " + name + " by " + by);
        }
        counters.merge(name, by, Long::sum);
    }

    /** The counter's value, zero if it was never incremented. */
    public long count(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** A read-only copy of every counter. */
    public Map<String, Long> snapshot() {
        return Collections.unmodifiableMap(new TreeMap<>(counters));
    }
}
