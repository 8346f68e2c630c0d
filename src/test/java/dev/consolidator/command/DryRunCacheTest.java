package dev.consolidator.command;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DryRunCacheTest {

    @Test
    void the_same_command_on_the_same_commit_is_answered_from_the_last_result() {
        DryRunCache cache = new DryRunCache();
        AtomicInteger runs = new AtomicInteger();

        Outcome first = cache.answer("acme/x", "abc", "/consolidate plan", () -> Outcome.done("run " + runs.incrementAndGet()));
        Outcome again = cache.answer("acme/x", "abc", "/consolidate plan", () -> Outcome.done("run " + runs.incrementAndGet()));

        assertThat(again).isEqualTo(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void another_commit_or_another_command_runs_again() {
        DryRunCache cache = new DryRunCache();
        AtomicInteger runs = new AtomicInteger();

        cache.answer("acme/x", "abc", "/consolidate plan", () -> Outcome.done("" + runs.incrementAndGet()));
        cache.answer("acme/x", "def", "/consolidate plan", () -> Outcome.done("" + runs.incrementAndGet()));
        cache.answer("acme/x", "def", "/consolidate plan a", () -> Outcome.done("" + runs.incrementAndGet()));
        cache.answer("acme/y", "def", "/consolidate plan a", () -> Outcome.done("" + runs.incrementAndGet()));

        assertThat(runs).hasValue(4);
    }
}
