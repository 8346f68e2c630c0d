package dev.consolidator.plan;

/** How merged types land in the target: their members move in, or each becomes a static nested type. */
public enum MergeMode { MEMBERS, NESTED }
