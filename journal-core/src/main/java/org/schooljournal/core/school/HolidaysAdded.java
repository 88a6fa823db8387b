package org.schooljournal.core.school;

import org.schooljournal.rules.calendar.Holidays;

/**
 * A holiday period was added (YR-2).
 *
 * <p>This record is immutable and thread-safe.
 */
public record HolidaysAdded(Holidays holidays) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withHolidays(holidays));
    }
}
