package org.schooljournal.rules.ruleset;

/**
 * How a limit of "N days" counts its days. The regulation is silent; calendar days are the
 * default of the Yugra rule set, school days a setting.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DayCounting {
    /** Every calendar day counts. */
    CALENDAR_DAYS,
    /** Only the class's school days count (see {@code SchoolCalendar}). */
    SCHOOL_DAYS
}
