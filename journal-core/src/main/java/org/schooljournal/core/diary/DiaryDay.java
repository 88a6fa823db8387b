package org.schooljournal.core.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.rules.calendar.HolidayKind;

/**
 * A day of a student's diary: a school day with its lessons in order, or a day without school
 * (a weekend, holidays — named by their kind —, a public non-working day of the production
 * calendar, YR-2).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date the date
 * @param schoolDay whether the student's class has school that day
 * @param holidays the holidays the day falls in, if any (DRY-3)
 * @param publicDayOff whether the day is a public non-working day: a public holiday, a day off a
 *     decree moved there, or one the school added (YR-2, DRY-3)
 * @param lessons the lessons, in the order of their slots
 */
public record DiaryDay(LocalDate date, boolean schoolDay, Optional<HolidayKind> holidays, boolean publicDayOff,
        List<DiaryLesson> lessons) {

    /** Copies the lessons. */
    public DiaryDay {
        Objects.requireNonNull(holidays, "holidays");
        lessons = List.copyOf(lessons);
    }
}
