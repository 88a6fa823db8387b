package org.schooljournal.core.journal;

/**
 * A student's period mark was deferred for illness (MRK-8).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param deferral the student, period, new due date and reason
 */
public record PeriodMarkDeferred(Deferral deferral) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withDeferral(deferral);
    }
}
