package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * An entry was added to the timetable (YR-9, YR-12).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param entry the entry
 */
public record TimetableEntryAdded(TimetableEntry entry) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withTimetableEntry(entry);
    }
}
