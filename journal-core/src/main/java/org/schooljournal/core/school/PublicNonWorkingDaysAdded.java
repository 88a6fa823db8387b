package org.schooljournal.core.school;

import java.time.LocalDate;
import java.util.Set;

/**
 * Public non-working days were added to the calendar (YR-2).
 *
 * <p>This record is immutable and thread-safe.
 */
public record PublicNonWorkingDaysAdded(Set<LocalDate> days) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withPublicNonWorkingDays(days));
    }
}
