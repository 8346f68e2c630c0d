package dev.consolidator.store;

import java.time.Instant;

final class StoreFixtures {
    private StoreFixtures() {
    }

    static Delivery delivery(String id, Instant at) {
        return new Delivery(id, "issue_comment", "created", "o/r", 1L, null, at);
    }
}
