package org.schooljournal.core.school;

import org.schooljournal.rules.calendar.SchoolWeek;

/**
 * The school week was set (YR-2).
 *
 * <p>This record is immutable and thread-safe.
 */
public record SchoolWeekSet(SchoolWeek week) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withSchoolWeek(week));
    }
}
