package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.calendar.Holidays;

/**
 * Adds a holiday period, for every grade or for some (YR-2).
 *
 * @param schoolId the school
 * @param holidays the holiday period
 */
public record AddHolidays(
        @NotNull @SchoolId String schoolId,
        @NotNull Holidays holidays) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (state.structure().holidays().contains(holidays)) {
            return List.of();
        }
        StructureChange.requireWithinDates(this, "holidays", holidays.firstDay(), holidays.lastDay());
        StructureChange.check(this, "holidays", holidays, state, state.structure().withHolidays(holidays));
        return List.of(new HolidaysAdded(holidays));
    }
}
