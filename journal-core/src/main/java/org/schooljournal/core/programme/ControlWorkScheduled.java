package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A control work was put on the control-work schedule (YR-10).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param work the control work
 */
public record ControlWorkScheduled(ControlWork work) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withControlWork(work);
    }
}
