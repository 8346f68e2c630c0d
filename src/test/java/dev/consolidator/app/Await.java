package dev.consolidator.app;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;

/** Awaitility, polling every 20 ms from the start (its defaults wait 100 ms before the first look). */
final class Await {
    private Await() {
    }

    static void until(String what, Duration timeout, Callable<Boolean> condition) {
        await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
