package org.schooljournal.core.school;

import org.schooljournal.rules.calendar.AcademicYear;

/**
 * The academic year's bounds were set (YR-1).
 *
 * <p>This record is immutable and thread-safe.
 */
public record AcademicYearSet(AcademicYear year) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withAcademicYear(year));
    }
}
