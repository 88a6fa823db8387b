package org.schooljournal.rules.ruleset;

import java.time.Instant;
import java.util.Optional;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * MRK-7: period marks are set during the last week of the period, before the holidays (R 2.13),
 * and after the date of the subject's last lesson in the period is recorded (I). The window opens
 * at 00:00 of the first of the period's last {@code lastDays} calendar days — or at the start of
 * the subject's last lesson, if {@code notBeforeLastLesson} and that is later — and closes at 24:00
 * of the period's last day.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with an entry outside the window
 * @param lastDays how many of the period's last calendar days form the window; 1 to 366 ({@link ParameterBounds})
 * @param notBeforeLastLesson whether the window opens no earlier than the subject's last lesson
 */
public record PeriodMarksRule(
        String reference, Enforcement enforcement, int lastDays, boolean notBeforeLastLesson)
        implements LimitRule {

    /** Checks the parameters; see {@link BadParameter}. */
    public PeriodMarksRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.within("lastDays", lastDays, 1, ParameterBounds.MAX_DAYS);
    }

    /** Returns the first instant period marks are on time. */
    public Instant opensAt(StudyPeriod period, Optional<LessonTime> lastLesson, SchoolCalendar calendar) {
        Instant lastWeek = calendar.startOfDay(period.lastDay().minusDays(lastDays - 1L));
        if (!notBeforeLastLesson || lastLesson.isEmpty()) {
            return lastWeek;
        }
        LessonTime lesson = lastLesson.get();
        Instant lessonStart = calendar.instant(lesson.date(), lesson.start());
        return lessonStart.isAfter(lastWeek) ? lessonStart : lastWeek;
    }

    /** Returns the last instant period marks are on time: the end of the period's last day. */
    public Instant closesAt(StudyPeriod period, SchoolCalendar calendar) {
        return calendar.endOfDay(period.lastDay());
    }
}
