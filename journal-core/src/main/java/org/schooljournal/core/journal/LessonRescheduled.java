package org.schooljournal.core.journal;

/**
 * A lesson was moved to another date or slot (LES-5).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from where the timetable had it
 * @param to where it is given
 * @param reason why
 */
public record LessonRescheduled(LessonRef from, LessonRef to, String reason) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withReschedule(from, to);
    }
}
