package dev.consolidator.plan;

/**
 * What the {@code consolidation/guard} check does with new uses of names a merged phase retired: fail the check,
 * only warn (a neutral check), or no check at all.
 */
public enum GuardMode { FAIL, WARN, OFF }
