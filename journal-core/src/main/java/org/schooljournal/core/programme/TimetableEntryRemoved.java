package org.schooljournal.core.programme;

import java.time.DayOfWeek;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A class's or study group's entry in one slot of a weekday was removed from the timetable (YR-9).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holderCode the class or group
 * @param day the weekday
 * @param slot the slot's number
 */
public record TimetableEntryRemoved(String holderCode, DayOfWeek day, int slot) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withoutTimetableEntry(holderCode, day, slot);
    }
}
