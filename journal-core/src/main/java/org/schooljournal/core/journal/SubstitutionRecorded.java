package org.schooljournal.core.journal;

/**
 * A lesson is given by a substitute (LES-5), who may then record in it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lesson the lesson
 * @param teacherId the substitute
 */
public record SubstitutionRecorded(LessonRef lesson, String teacherId) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withSubstitution(lesson, teacherId);
    }
}
