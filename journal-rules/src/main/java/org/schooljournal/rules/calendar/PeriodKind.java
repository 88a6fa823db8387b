package org.schooljournal.rules.calendar;

/**
 * The kind of a study period (вид учебного периода) chosen by the school (YR-1).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PeriodKind {
    /** A quarter (четверть); four in a year. */
    QUARTER(4),
    /** A trimester (триместр); three in a year. */
    TRIMESTER(3),
    /** A semester, half-year (полугодие); two in a year. */
    SEMESTER(2),
    /** The whole year (год) as one period. */
    YEAR(1);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** Returns how many periods of this kind a year has, numbered from 1 (YR-1). */
    public int perYear() {
        return perYear;
    }
}
