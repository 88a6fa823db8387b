package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A room was added to the school's list, or its name changed (YR-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param room the room
 */
public record RoomAdded(Room room) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withRoom(room);
    }
}
