package org.schooljournal.core.school;

import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * A study period was added (YR-1).
 *
 * <p>This record is immutable and thread-safe.
 */
public record StudyPeriodAdded(StudyPeriod period) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withStudyPeriod(period));
    }
}
