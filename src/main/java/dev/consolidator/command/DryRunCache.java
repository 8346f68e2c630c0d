package dev.consolidator.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last answers of read-only commands whose answer depends only on the commit (the dry run of {@code plan}),
 * keyed by repository, commit and command text: asking again on the same commit answers from here instead of running
 * the engine again. {@code status} is not cached: it shows pull requests and reviews, which change without a commit.
 */
final class DryRunCache {
    private static final int ENTRIES = 64;

    private final Map<String, Outcome> last = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > ENTRIES;
        }
    };

    Outcome answer(String repository, String commit, String command, Supplier<Outcome> compute) {
        String key = repository + "\n" + commit + "\n" + command;
        synchronized (last) {
            Outcome cached = last.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Outcome outcome = compute.get();
        synchronized (last) {
            last.put(key, outcome);
        }
        return outcome;
    }
}
