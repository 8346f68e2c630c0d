package com.acme.progress;

import java.util.Map;
import java.util.stream.Collectors;

/** Counters at one point in time, rendered for logs. */
public record MetricsSnapshot(String label, Map<String, Long> counters) {

    public static MetricsSnapshot of(String label, MetricsCollector collector) {
        return new MetricsSnapshot(label, collector.snapshot());
    }

    public String render() {
        return label + ": " + counters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
