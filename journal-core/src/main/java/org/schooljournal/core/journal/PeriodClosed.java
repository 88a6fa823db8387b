package org.schooljournal.core.journal;

/**
 * Every student of the journal has a period mark, a special mark or a deferral for the period, so
 * the period is closed: the subject teacher can no longer change it (MRK-9).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, such as {@code QUARTER-1}
 */
public record PeriodClosed(String period) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withClosedPeriod(period);
    }
}
