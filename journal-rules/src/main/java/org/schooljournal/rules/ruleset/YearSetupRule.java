package org.schooljournal.rules.ruleset;

import java.time.Instant;
import java.time.MonthDay;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * YR-11: the administration sets the year up (YR-1…YR-10) «в срок до 5 сентября» (R 2.2). "До"
 * is read as "before": the set-up is due when {@code dueBefore} of the year's first calendar year
 * begins (00:00 of 5 September). A school that reads it as "on 5 September at the latest" sets
 * {@code dueBefore} to {@code --09-06}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a late set-up
 * @param dueBefore the day before which the year must be set up
 */
public record YearSetupRule(String reference, Enforcement enforcement, MonthDay dueBefore)
        implements LimitRule {

    /** Checks the parameters; see {@link BadParameter}. */
    public YearSetupRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.required("dueBefore", dueBefore);
    }

    /** Returns the instant by which the year must be set up. */
    public Instant closesAt(AcademicYear year, SchoolCalendar calendar) {
        return calendar.startOfDay(dueBefore.atYear(year.startYear()));
    }
}
