package org.schooljournal.rules.ruleset;

import java.time.Instant;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * MRK-2: a lesson's marks are entered during the lesson or within the current school day, that is
 * by 24:00 of the lesson's date in the school's zone (R 2.5): a window from the lesson's start, since
 * the marks of a lesson that has not begun cannot be known.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a late entry
 */
public record LessonMarksRule(String reference, Enforcement enforcement) implements LimitRule {

    /** Checks the parameters; see {@link BadParameter}. */
    public LessonMarksRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
    }

    /** Returns the first instant the lesson's marks may be entered: its start. */
    public Instant opensAt(LessonTime lesson, SchoolCalendar calendar) {
        return calendar.instant(lesson.date(), lesson.start());
    }

    /** Returns the last instant the lesson's marks are on time: the end of the lesson's date. */
    public Instant closesAt(LessonTime lesson, SchoolCalendar calendar) {
        return calendar.endOfDay(lesson.date());
    }
}
