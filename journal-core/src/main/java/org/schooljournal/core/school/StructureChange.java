package org.schooljournal.core.school;

import java.time.LocalDate;
import org.schooljournal.core.validation.Dates;
import org.schooljournal.core.validation.InvalidCommandException;

/** Checks a change of the structure against the school calendar it would make. */
final class StructureChange {

    private StructureChange() {
    }

    /**
     * Checks that a span of days lies within the dates the journal accepts ({@link Dates}).
     *
     * @throws InvalidCommandException naming the field's first or last day
     */
    static void requireWithinDates(Object command, String field, LocalDate firstDay, LocalDate lastDay) {
        if (!Dates.within(firstDay)) {
            throw InvalidCommandException.of(command, field + ".firstDay", firstDay, Dates.RULE);
        }
        if (!Dates.within(lastDay)) {
            throw InvalidCommandException.of(command, field + ".lastDay", lastDay, Dates.RULE);
        }
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
