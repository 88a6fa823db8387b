package org.schooljournal.core.programme;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.SchoolId;

/**
 * Removes a class's or study group's entry in one slot of a weekday from the timetable (YR-9,
 * ACC-4). Removing an entry that is not there changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param day the weekday
 * @param slot the slot's number
 */
public record RemoveTimetableEntry(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String holderCode,
        @NotNull DayOfWeek day,
        @Min(0) int slot) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        References.holder(state, this, "holderCode", holderCode);
        return Programme.of(state).timetableEntry(holderCode, day, slot).isPresent()
                ? List.of(new TimetableEntryRemoved(holderCode, day, slot))
                : List.of();
    }
}
