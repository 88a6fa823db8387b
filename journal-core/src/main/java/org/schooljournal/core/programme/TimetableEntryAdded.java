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
public record TimetableEntryAdded(TimetableEntry entry) implements SchoolEvent {

    @Override
    public SchoolState applyTo(SchoolState state) {
        return state.withProgramme(state.programme().withTimetableEntry(entry));
    }
}
