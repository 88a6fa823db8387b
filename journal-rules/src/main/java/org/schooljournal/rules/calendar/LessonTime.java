package org.schooljournal.rules.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When one lesson of a class (or study group) takes place: its date, start and end in the school's
 * time zone (LES-1). Usually taken from the bell schedule with
 * {@link SchoolCalendar#lesson(String, LocalDate, int)}; made directly for activities outside it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class or group, as named in the calendar
 * @param date the lesson's date
 * @param start the lesson's start
 * @param end the lesson's end, after {@code start}
 */
public record LessonTime(String classCode, LocalDate date, LocalTime start, LocalTime end) {

    /**
     * Checks the lesson.
     *
     * @throws IllegalArgumentException if the class code is blank or the end is not after the start
     */
    public LessonTime {
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (classCode.isBlank()) {
            throw new IllegalArgumentException("classCode must not be blank");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }
}
