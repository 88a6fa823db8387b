package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.SchoolId;

/**
 * Sets the school's choice about the federal production calendar (YR-2, {@link CalendarChoice}):
 * whether it applies, and whether a working weekend day is a school day of every class. Setting
 * the choice the school has appends nothing.
 *
 * @param schoolId the school
 * @param productionCalendar whether the federal production calendar applies
 * @param teachesOnWorkingWeekendDays whether a weekend day made working by a transfer is a school
 *     day of every class, whatever its school week
 */
public record SetCalendarChoice(
        @NotNull @SchoolId String schoolId,
        boolean productionCalendar,
        boolean teachesOnWorkingWeekendDays) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        CalendarChoice choice = new CalendarChoice(productionCalendar, teachesOnWorkingWeekendDays);
        if (state.structure().calendarChoice().equals(choice)) {
            return List.of();
        }
        return List.of(new CalendarChoiceSet(productionCalendar, teachesOnWorkingWeekendDays));
    }
}
