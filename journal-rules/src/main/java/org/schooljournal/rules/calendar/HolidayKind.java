package org.schooljournal.rules.calendar;

/**
 * The kind of a holiday period (вид каникул), YR-2.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HolidayKind {
    /** Autumn holidays (осенние каникулы). */
    AUTUMN,
    /** Winter holidays (зимние каникулы). */
    WINTER,
    /** Additional holidays, typically for first graders in February (дополнительные каникулы). */
    ADDITIONAL,
    /** Spring holidays (весенние каникулы). */
    SPRING,
    /** Summer holidays (летние каникулы). */
    SUMMER
}
