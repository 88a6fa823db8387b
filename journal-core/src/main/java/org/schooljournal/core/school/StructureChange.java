package org.schooljournal.core.school;

import org.schooljournal.core.validation.InvalidCommandException;

/** Checks a change of the structure against the school calendar it would make. */
final class StructureChange {

    private StructureChange() {
    }

    /**
     * Checks that the school calendar can be made from the changed structure.
     *
     * @throws InvalidCommandException naming the field if the year is not set or the calendar
     *     refuses the change (a period outside the year, overlapping periods)
     */
    static void check(Object command, String field, Object value, SchoolState state, Structure changed) {
        if (changed.academicYear().isEmpty()) {
            throw InvalidCommandException.of(command, field, value, "needs the academic year to be set first");
        }
        try {
            changed.calendar(state.profile().orElseThrow().zone());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw InvalidCommandException.of(command, field, value, e.getMessage());
        }
    }
}
