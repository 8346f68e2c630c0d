package com.shop.events;

import java.time.Instant;

/** Something that happened to an order. */
public class Event {
    private final EventKind kind;
    private final Instant at;

    public Event(EventKind kind, Instant at) {
        this.kind = kind;
        this.at = at;
    }

    public EventKind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }
}
