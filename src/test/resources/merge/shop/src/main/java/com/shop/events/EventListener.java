package com.shop.events;

@FunctionalInterface
public interface EventListener {
    void on(Event event);
}
