package com.shop.events;

import java.util.ArrayList;
import java.util.List;

/** Same-package user of the event types, without imports. */
public class EventBus {
    private final List<EventListener> listeners = new ArrayList<>();

    public void register(EventListener listener) {
        listeners.add(listener);
    }

    public void publish(Event event) {
        listeners.forEach(l -> l.on(event));
    }
}
