package org.schooljournal.rules.calendar;

/**
 * The kind of a study period (вид учебного периода) chosen by the school (YR-1).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PeriodKind {
    /** A quarter (четверть); four in a year. */
    QUARTER,
    /** A trimester (триместр); three in a year. */
    TRIMESTER,
    /** A semester, half-year (полугодие); two in a year. */
    SEMESTER,
    /** The whole year (год) as one period. */
    YEAR
}
