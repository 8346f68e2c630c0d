package dev.consolidator.store;

import java.time.Instant;

/**
 * The forwarders a phase left and how much still uses them, counted on the default branch at {@code commit}:
 * {@code files} and {@code lines} that name an old (forwarded) type outside the forwarders themselves.
 */
public record ForwarderUsage(String commit, int forwarders, int files, int lines, Instant checkedAt) {
}
