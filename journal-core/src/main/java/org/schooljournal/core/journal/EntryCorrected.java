package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * An entry was corrected (MRK-10): the original stays in its history, with this new value, its
 * author, instant and reason.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the entry corrected
 * @param value the new value; empty when the correction removes the entry
 * @param author who corrected it
 * @param recordedAt when
 * @param reason why
 */
public record EntryCorrected(int number, String value, String author, Instant recordedAt, String reason)
        implements JournalEvent {

    JournalState applyTo(JournalState state) {
        JournalEntry entry = state.entry(number).orElseThrow(() ->
                new IllegalStateException("the log corrects entry " + number + ", which it never recorded"));
        return state.withEntry(entry.revised(new Revision(value, author, recordedAt, Optional.of(reason),
                Optional.empty())));
    }
}
