package org.schooljournal.core.programme;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.Structure;
import org.schooljournal.rules.calendar.BellSchedule;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * Answers whether a date is a school day of a class by the school calendar (YR-1, YR-2), for
 * classes whose bells are not set yet too: the calendar leaves those out, so they are given an
 * empty bell schedule here, which does not change which days are school days.
 */
final class SchoolDays {

    private final Optional<SchoolCalendar> calendar;

    private SchoolDays(Optional<SchoolCalendar> calendar) {
        this.calendar = calendar;
    }

    /** Returns the school days of the school's current structure. */
    static SchoolDays of(SchoolState state) {
        Structure structure = state.structure();
        for (SchoolClass schoolClass : structure.classes().values()) {
            if (schoolClass.bells().isEmpty()) {
                structure = structure.withClass(schoolClass.withBells(BellSchedule.of(Map.of())));
            }
        }
        Structure complete = structure;
        return new SchoolDays(state.profile().flatMap(profile -> complete.calendar(profile.zone())));
    }

    /**
     * Returns whether the date is a school day of the open class; true when there is no calendar
     * yet.
     */
    boolean isSchoolDay(String classCode, LocalDate date) {
        return calendar.map(c -> c.isSchoolDay(classCode, date)).orElse(true);
    }
}
