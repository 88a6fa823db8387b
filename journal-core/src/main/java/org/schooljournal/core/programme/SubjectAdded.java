package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A subject was added to the school's list, or its name or component changed (YR-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subject the subject
 */
public record SubjectAdded(Subject subject) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withSubject(subject);
    }
}
