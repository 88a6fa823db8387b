package org.schooljournal.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A holiday period (каникулы) with its kind and bounds, for all grades or for some (the additional
 * February holidays of the first grade), YR-2. No day of a holiday period is a school day for the
 * grades it applies to.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind of holidays
 * @param firstDay the first day, inclusive
 * @param lastDay the last day, inclusive
 * @param grades the grades (1–11) the holidays apply to; empty means every grade
 */
public record Holidays(HolidayKind kind, LocalDate firstDay, LocalDate lastDay, Set<Integer> grades) {

    /**
     * Checks the period.
     *
     * @throws IllegalArgumentException if the last day is before the first or a grade is not 1–11
     */
    public Holidays {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        grades = Set.copyOf(Objects.requireNonNull(grades, "grades"));
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(
                    "lastDay " + lastDay + " must not be before firstDay " + firstDay);
        }
        for (int grade : grades) {
            EducationLevel.ofGrade(grade);
        }
    }

    /**
     * Returns holidays for every grade.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Holidays of(HolidayKind kind, LocalDate firstDay, LocalDate lastDay) {
        return new Holidays(kind, firstDay, lastDay, Set.of());
    }

    /** Returns whether the holidays cover the date for a class of the grade. */
    public boolean covers(LocalDate date, int grade) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay)
                && (grades.isEmpty() || grades.contains(grade));
    }
}
