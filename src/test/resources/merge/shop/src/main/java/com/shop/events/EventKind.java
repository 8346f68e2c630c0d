package com.shop.events;

/** What happened. */
public enum EventKind {
    PLACED, REFUSED
}
