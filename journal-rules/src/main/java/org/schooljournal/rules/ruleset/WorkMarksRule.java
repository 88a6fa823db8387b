package org.schooljournal.rules.ruleset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * MRK-3 and MRK-4: the marks of a control work are entered within 3 days, those of a written work
 * within one week, "from the day it was held" (R 2.11, R 2.12). The work's day is day 0; the marks
 * are due by 24:00 of day {@code days}, counted as {@code counting} says (as the Civil Code,
 * art. 191 and 194, counts a period of days). They may be entered from the start of the work (its
 * lesson's start, when known; else the start of its day): a work not yet written has no marks.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a late entry
 * @param days how many days after the work's day the marks may be entered; 0 to 366 ({@link ParameterBounds})
 * @param counting which days count
 */
public record WorkMarksRule(String reference, Enforcement enforcement, int days, DayCounting counting)
        implements LimitRule {

    /** Checks the parameters; see {@link BadParameter}. */
    public WorkMarksRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.within("days", days, 0, ParameterBounds.MAX_DAYS);
        BadParameter.required("counting", counting);
    }

    /**
     * Returns the first instant the marks may be entered: the work's start, or the start of its
     * day when the time is not known.
     */
    public Instant opensAt(LocalDate workDate, Optional<LocalTime> workStart, SchoolCalendar calendar) {
        return workStart.map(start -> calendar.instant(workDate, start)).orElseGet(() -> calendar.startOfDay(workDate));
    }

    /** Returns the last day the marks are on time. */
    public LocalDate lastDay(String classCode, LocalDate workDate, SchoolCalendar calendar) {
        return switch (counting) {
            case CALENDAR_DAYS -> workDate.plusDays(days);
            case SCHOOL_DAYS -> calendar.schoolDayAfter(classCode, workDate, days);
        };
    }

    /** Returns the last instant the marks are on time: the end of {@link #lastDay}. */
    public Instant closesAt(String classCode, LocalDate workDate, SchoolCalendar calendar) {
        return calendar.endOfDay(lastDay(classCode, workDate, calendar));
    }
}
