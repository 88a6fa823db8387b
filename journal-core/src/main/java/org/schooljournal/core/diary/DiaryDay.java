package org.schooljournal.core.diary;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of a student's diary: a school day with its lessons in order, or a day without school
 * (a weekend, holidays, a public holiday).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date the date
 * @param schoolDay whether the student's class has school that day
 * @param lessons the lessons, in the order of their slots
 */
public record DiaryDay(LocalDate date, boolean schoolDay, List<DiaryLesson> lessons) {

    /** Copies the lessons. */
    public DiaryDay {
        lessons = List.copyOf(lessons);
    }
}
