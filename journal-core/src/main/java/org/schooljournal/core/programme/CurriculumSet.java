package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * The curriculum of a class or study group was set, replacing the one before (YR-6).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param curriculum the curriculum
 */
public record CurriculumSet(Curriculum curriculum) implements ProgrammeEvent {

    Programme applyTo(Programme programme) {
        return programme.withCurriculum(curriculum);
    }
}
