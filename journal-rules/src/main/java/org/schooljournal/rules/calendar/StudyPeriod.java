package org.schooljournal.rules.calendar;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A study period (учебный период) of one or more education levels: a quarter, trimester, semester
 * or the whole year, with its first and last day (YR-1). Period marks are due in its last week
 * (MRK-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind of period
 * @param number the period's number within the year, from 1 to the count of its kind
 * @param firstDay the first day, inclusive
 * @param lastDay the last day, inclusive: the day before the holidays that follow
 * @param levels the education levels the period applies to; not empty
 */
public record StudyPeriod(
        PeriodKind kind, int number, LocalDate firstDay, LocalDate lastDay, Set<EducationLevel> levels) {

    /**
     * Checks the period.
     *
     * @throws IllegalArgumentException if the number does not fit the kind, the last day is before
     *     the first, or no level is given
     */
    public StudyPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(levels, "levels");
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(
                    "number of a " + kind + " must be within 1–" + kind.perYear() + ", was " + number);
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(
                    "lastDay " + lastDay + " must not be before firstDay " + firstDay);
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("levels must not be empty");
        }
        levels = Set.copyOf(EnumSet.copyOf(levels));
    }

    /**
     * Returns a period that applies to every education level.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static StudyPeriod of(PeriodKind kind, int number, LocalDate firstDay, LocalDate lastDay) {
        return new StudyPeriod(kind, number, firstDay, lastDay, EnumSet.allOf(EducationLevel.class));
    }

    /** Returns whether the date is within the period, both ends inclusive. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** Returns whether the period applies to the level. */
    public boolean appliesTo(EducationLevel level) {
        return levels.contains(level);
    }
}
