package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * The calendar-thematic plan of a subject in a class or study group was set, replacing the one
 * before (YR-8).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param plan the plan
 */
public record ThematicPlanSet(ThematicPlan plan) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withThematicPlan(plan);
    }
}
