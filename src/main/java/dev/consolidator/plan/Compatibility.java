package dev.consolidator.plan;

/** What a move leaves at the old location: nothing, or a deprecated type forwarding to the new one. */
public enum Compatibility { NONE, FORWARDING }
