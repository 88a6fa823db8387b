package org.schooljournal.rules.ruleset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * LES-4: homework is entered during the lesson or within {@code afterLessonsEnd} (1.5 hours) after
 * the end of that class's lessons that day (R 2.7). The end of the class's lessons is the end of
 * the last slot of its bell schedule that day, or the lesson's own end if that is later (a lesson
 * outside the bell schedule). "During the lesson" opens the window at the lesson's start; a school
 * whose teachers plan homework ahead from the КТП may open it {@code ahead} before.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a late entry
 * @param afterLessonsEnd how long after the class's lessons end homework may be entered;
 *     0 to 366 days ({@link ParameterBounds})
 * @param ahead how long before the lesson's start its homework may be entered; not negative, at
 *     most {@link TopicRule#MAX_AHEAD}; zero (the regulation's reading) for none
 */
public record HomeworkRule(String reference, Enforcement enforcement, Duration afterLessonsEnd, Duration ahead)
        implements LimitRule {

    /** Checks the parameters; see {@link BadParameter}. */
    public HomeworkRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.notNegative("afterLessonsEnd", afterLessonsEnd);
        TopicRule.ahead("ahead", ahead);
    }

    /** Returns the first instant the lesson's homework may be entered: {@code ahead} before its start. */
    public Instant opensAt(LessonTime lesson, SchoolCalendar calendar) {
        return calendar.instant(lesson.date(), lesson.start()).minus(ahead);
    }

    /**
     * Returns the last instant the lesson's homework is on time, counting from the end of the
     * class's bell schedule that day.
     */
    public Instant closesAt(LessonTime lesson, SchoolCalendar calendar) {
        return closesAt(lesson, Optional.empty(), calendar);
    }

    /**
     * Returns the last instant the lesson's homework is on time: 1.5 hours (by default) after the
     * end of the class's lessons that day — the end of its last timetabled lesson when given,
     * otherwise of its bell schedule — and never before the lesson's own end.
     */
    public Instant closesAt(LessonTime lesson, Optional<LocalTime> timetabledEnd, SchoolCalendar calendar) {
        LocalTime lessonsEnd = timetabledEnd.or(() -> calendar.endOfLessons(lesson.classCode(), lesson.date()))
                .filter(end -> end.isAfter(lesson.end()))
                .orElse(lesson.end());
        return calendar.instant(lesson.date(), lessonsEnd).plus(afterLessonsEnd);
    }
}
