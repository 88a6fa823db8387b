package org.schooljournal.core.journal;

/**
 * The journal's grading system was set (MRK-1).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param system the grading system
 */
public record GradingSystemSet(GradingSystem system) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withGrading(system);
    }
}
