package org.schooljournal.core.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The week of a weekly paper extract printed on request (DRY-4): Monday to Sunday, the days to
 * build the {@link Diary} of before making its {@link DiaryExtract}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from the Monday
 * @param to the Sunday after it
 */
public record ExtractWeek(LocalDate from, LocalDate to) {

    /**
     * Checks the days.
     *
     * @throws IllegalArgumentException if {@code from} is not a Monday or {@code to} not the Sunday after it
     */
    public ExtractWeek {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.getDayOfWeek() != DayOfWeek.MONDAY || !to.equals(from.plusDays(6))) {
            throw new IllegalArgumentException("A week runs from a Monday to the Sunday after it, not " + from + ".." + to);
        }
    }

    /** Returns the week, Monday to Sunday, that contains the day. */
    public static ExtractWeek containing(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ExtractWeek(monday, monday.plusDays(6));
    }
}
