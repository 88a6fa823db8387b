package org.schooljournal.core.school;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.calendar.BellSchedule;
import org.schooljournal.rules.calendar.LessonSlot;

/**
 * Sets a class's bell schedule: its lesson slots on each day of the school week (YR-9).
 *
 * @param schoolId the school
 * @param classCode the class
 * @param slots the slots of each day
 */
public record SetBellSchedule(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String classCode,
        @NotEmpty Map<@NotNull DayOfWeek, @NotEmpty @Size(max = 24) List<@NotNull LessonSlot>> slots) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        SchoolClass schoolClass = state.structure().schoolClass(classCode).orElseThrow(() ->
                NotFoundException.of(this, "classCode", classCode, "is not a class of school " + schoolId));
        BellSchedule bells;
        try {
            bells = BellSchedule.of(slots);
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(this, "slots", slots, e.getMessage());
        }
        if (schoolClass.bells().equals(Optional.of(bells))) {
            return List.of();
        }
        for (DayOfWeek day : bells.days()) {
            if (!state.structure().schoolWeek().includes(day)) {
                throw InvalidCommandException.of(this, "slots", day, "is outside the "
                        + state.structure().schoolWeek() + " school week");
            }
        }
        return List.of(new BellScheduleSet(classCode, slots));
    }
}
