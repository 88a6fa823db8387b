package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.calendar.SchoolWeek;

/**
 * Sets the school week: five or six days (YR-2). Every class's bell schedule must fit it.
 *
 * @param schoolId the school
 * @param week the school week
 */
public record SetSchoolWeek(
        @NotNull @SchoolId String schoolId,
        @NotNull SchoolWeek week) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (state.structure().schoolWeek() == week) {
            return List.of();
        }
        StructureChange.check(this, "week", week, state, state.structure().withSchoolWeek(week));
        return List.of(new SchoolWeekSet(week));
    }
}
