package org.schooljournal.core.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Adds a room to the school's list, or renames it (YR-3, ACC-4). Adding it again as it is changes
 * nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param number the room's number
 * @param name what the room is, in Russian
 */
public record AddRoom(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String number,
        @NotBlank @OneLine(max = Texts.TITLE) String name) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Room room = new Room(number, name);
        return Programme.of(state).room(number).equals(Optional.of(room)) ? List.of() : List.of(new RoomAdded(room));
    }
}
