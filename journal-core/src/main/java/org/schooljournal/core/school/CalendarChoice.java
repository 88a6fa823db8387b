package org.schooljournal.core.school;

/**
 * The school's choice about the federal production calendar (YR-2): whether its holidays and
 * transfers of days off apply to the school (they do by default; a school whose region keeps
 * another calendar adds its own days instead), and whether a weekend day made working by a
 * transfer is a school day of every class. By default it is one only for classes whose school
 * week has that day: the regulation leaves the days of teaching to the school's week, and a
 * transferred working Saturday moves the working time of the employees, not the pupils' timetable.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param productionCalendar whether the federal production calendar applies
 * @param teachesOnWorkingWeekendDays whether a working weekend day is a school day of every class
 */
public record CalendarChoice(boolean productionCalendar, boolean teachesOnWorkingWeekendDays) {

    /** The default: the production calendar applies; working weekend days follow the school week. */
    public static final CalendarChoice DEFAULT = new CalendarChoice(true, false);
}
