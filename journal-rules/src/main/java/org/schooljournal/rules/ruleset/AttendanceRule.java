package org.schooljournal.rules.ruleset;

import java.time.Duration;
import java.time.Instant;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * ATT-2: absences («н», «б», «ну») are entered within {@code within} (20 minutes) of the lesson's
 * start (R 2.9, A2-teacher 7): a window from the start, since who is absent from a lesson that has
 * not begun cannot be known.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a late entry
 * @param within how long after the lesson's start absences may be entered; positive, at most 366 days ({@link ParameterBounds})
 */
public record AttendanceRule(String reference, Enforcement enforcement, Duration within)
        implements LimitRule {

    /** Checks the parameters; see {@link BadParameter}. */
    public AttendanceRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.positive("within", within);
    }

    /** Returns the first instant absences of the lesson may be entered: its start. */
    public Instant opensAt(LessonTime lesson, SchoolCalendar calendar) {
        return calendar.instant(lesson.date(), lesson.start());
    }

    /** Returns the last instant absences of the lesson are on time. */
    public Instant closesAt(LessonTime lesson, SchoolCalendar calendar) {
        return calendar.instant(lesson.date(), lesson.start()).plus(within);
    }
}
