package org.schooljournal.rules.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * The school week (учебная неделя): five or six days of lessons, YR-2.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SchoolWeek {
    /** Lessons Monday to Friday. */
    FIVE_DAY(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
    /** Lessons Monday to Saturday. */
    SIX_DAY(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

    private final Set<DayOfWeek> days;

    SchoolWeek(Set<DayOfWeek> days) {
        this.days = days;
    }

    /** Returns whether lessons are held on that day of the week. */
    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }

    /** Returns the days of lessons, Monday first; a new set each time. */
    public Set<DayOfWeek> days() {
        return EnumSet.copyOf(days);
    }
}
