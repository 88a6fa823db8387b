package org.schooljournal.rules.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One line of a bell schedule (расписание звонков): the lesson's number in the day and its start
 * and end, YR-9. Number 0 is the "zero lesson" some schools hold before the first.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the lesson's number in the day, 0 or more
 * @param start when the lesson starts
 * @param end when the lesson ends, after {@code start}
 */
public record LessonSlot(int number, LocalTime start, LocalTime end) {

    /**
     * Checks the slot.
     *
     * @throws IllegalArgumentException if the number is negative or the end is not after the start
     */
    public LessonSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (number < 0) {
            throw new IllegalArgumentException("number must not be negative, was " + number);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "end " + end + " must be after start " + start + " in lesson " + number);
        }
    }
}
