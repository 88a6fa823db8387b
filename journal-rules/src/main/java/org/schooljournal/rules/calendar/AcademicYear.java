package org.schooljournal.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An academic year (учебный год): its first and last day of study, YR-1. The year is named by the
 * calendar year it starts in ("2026/2027" starts in 2026).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param startYear the calendar year the academic year starts in
 * @param firstDay the first day of study, in {@code startYear}
 * @param lastDay the last day of study, in the following calendar year
 */
public record AcademicYear(int startYear, LocalDate firstDay, LocalDate lastDay) {

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if the first day is not in {@code startYear}, the last day is
     *     not in the year after it, or the last day is before the first
     */
    public AcademicYear {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (firstDay.getYear() != startYear) {
            throw new IllegalArgumentException(
                    "firstDay must be in " + startYear + ", was " + firstDay);
        }
        if (lastDay.getYear() != startYear + 1) {
            throw new IllegalArgumentException(
                    "lastDay must be in " + (startYear + 1) + ", was " + lastDay);
        }
    }

    /** Returns whether the date is within the first and last day, both inclusive. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** Returns the usual name of the year, such as {@code 2026/2027}. */
    public String label() {
        return startYear + "/" + (startYear + 1);
    }
}
