package org.schooljournal.spi;

/**
 * The stable codes of {@link JournalException}: what kind of failure it is, for callers that react
 * to failures by kind (DESIGN.md, principle 5).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ErrorCode {
    /** A command or value broke a rule of its own: bad input. Nothing was changed. */
    VALIDATION,
    /** The actor lacks a right the action needs. Nothing was changed. */
    ACCESS_DENIED,
    /** The record is locked against the change (MRK-9). Nothing was changed. */
    LOCKED,
    /**
     * An entry outside the time its rule allows, refused because the rule set says so (REJECT), or a
     * period mark before its window opens (MRK-7). Nothing was changed.
     */
    OUT_OF_TIME,
    /** The stream changed since it was read: an optimistic-concurrency conflict. Nothing was changed. */
    CONFLICT,
    /** What the command refers to does not exist. Nothing was changed. */
    NOT_FOUND,
    /** A port has no implementation, or a provider failed to load. */
    CONFIGURATION,
    /** Stored data does not verify: a broken hash chain (ARC-4). */
    INTEGRITY,
    /** A store or another adapter failed. */
    STORAGE
}
