package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A teacher was given a subject in a class or study group, in place of any teacher before (YR-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param assignment the line of the teaching load
 */
public record TeachingLoadAssigned(TeachingAssignment assignment) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withTeachingAssignment(assignment);
    }
}
