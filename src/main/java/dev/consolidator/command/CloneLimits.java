package dev.consolidator.command;

import dev.consolidator.text.Plural;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Budgets of commands that clone (plan, status, apply, rollback) per repository and per user over a sliding window,
 * so twenty comments do not make twenty clones. Kept in memory: a restart forgives, which is fine for a flood guard.
 * Over the budget, the first refusal in a window is answered with a "slow down" reply; later ones in the same window
 * only get a reaction, so a flood of comments cannot turn into a flood of replies.
 */
final class CloneLimits {
    static final int PER_REPOSITORY = 16;
    static final int PER_USER = 8;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> runs = new HashMap<>();
    private final Map<String, Instant> lastWarned = new HashMap<>();

    /** Why the command may not run now; empty when it may (and it is then counted). */
    synchronized Optional<Denial> acquire(String repository, String user, Instant now) {
        Deque<Instant> repo = recent("repo:" + repository, now);
        Deque<Instant> mine = recent("user:" + repository + ":" + user.toLowerCase(java.util.Locale.ROOT), now);
        String reason = null;
        Deque<Instant> full = null;
        if (mine.size() >= PER_USER) {
            reason = Plural.of(PER_USER, "command") + " that clone the repository per user per minute";
            full = mine;
        } else if (repo.size() >= PER_REPOSITORY) {
            reason = Plural.of(PER_REPOSITORY, "command") + " that clone the repository per minute on " + repository;
            full = repo;
        }
        if (full == null) {
            repo.addLast(now);
            mine.addLast(now);
            return Optional.empty();
        }
        Duration wait = Duration.between(now, full.peekFirst().plus(WINDOW));
        String warnKey = repository + ":" + user;
        Instant warned = lastWarned.get(warnKey);
        boolean reply = warned == null || !warned.plus(WINDOW).isAfter(now);
        if (reply) {
            lastWarned.put(warnKey, now);
        }
        return Optional.of(new Denial(reason, wait.isNegative() ? Duration.ZERO : wait, reply));
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> q = runs.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!q.isEmpty() && !q.peekFirst().plus(WINDOW).isAfter(now)) {
            q.removeFirst();
        }
        return q;
    }

    /** {@code reply}: whether this refusal is the one of its window that gets a comment. */
    record Denial(String limit, Duration retryAfter, boolean reply) {
        String message() {
            return "slow down: the bot runs at most " + limit + ". Try again in " + Math.max(1, retryAfter.toSeconds())
                    + " seconds.";
        }
    }
}
