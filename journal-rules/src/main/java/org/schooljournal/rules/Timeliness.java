package org.schooljournal.rules;

/**
 * Where an instant falls against a time limit.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Timeliness {
    /** Within the limit, or late only because of a declared technical failure (ARC-7). */
    ON_TIME,
    /** After the limit closed. */
    LATE,
    /** Before the limit opened: period marks before their window (MRK-7), a print before the
     * year ended, a disposal before the retention ended (ARC-1, ARC-2). */
    TOO_EARLY
}
