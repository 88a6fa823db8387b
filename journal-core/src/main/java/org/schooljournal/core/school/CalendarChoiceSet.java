package org.schooljournal.core.school;

/**
 * The school's choice about the federal production calendar was set (YR-2, {@link CalendarChoice}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param productionCalendar whether the federal production calendar applies
 * @param teachesOnWorkingWeekendDays whether a working weekend day is a school day of every class
 */
public record CalendarChoiceSet(boolean productionCalendar, boolean teachesOnWorkingWeekendDays) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withCalendarChoice(
                new CalendarChoice(productionCalendar, teachesOnWorkingWeekendDays)));
    }
}
