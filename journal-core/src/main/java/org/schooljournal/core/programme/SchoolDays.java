package org.schooljournal.core.programme;

import java.time.LocalDate;
import java.util.Optional;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * Answers whether a date is a school day of a class by the school calendar (YR-1, YR-2).
 */
final class SchoolDays {

    private final Optional<SchoolCalendar> calendar;

    private SchoolDays(Optional<SchoolCalendar> calendar) {
        this.calendar = calendar;
    }

    /** Returns the school days of the school's current structure. */
    static SchoolDays of(SchoolState state) {
        return new SchoolDays(state.profile().flatMap(profile -> state.structure().calendar(profile.zone())));
    }

    /**
     * Returns whether the date is a school day of the open class; true when there is no calendar
     * yet.
     */
    boolean isSchoolDay(String classCode, LocalDate date) {
        return calendar.map(c -> c.isSchoolDay(classCode, date)).orElse(true);
    }
}
