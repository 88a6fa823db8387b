package org.schooljournal.core.printout;

/**
 * What a year's printout for the paper archive holds: the journals (ARC-1) or the summary sheets
 * (ARC-2), each printed, bound, signed by the head and sealed by 30 June.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PrintedForm {
    /** ARC-1: the class journals of the year. */
    CLASS_JOURNALS,
    /** ARC-2: the summary sheets of the year. */
    SUMMARY_SHEETS
}
