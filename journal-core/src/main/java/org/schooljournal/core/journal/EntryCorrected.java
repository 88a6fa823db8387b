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

    /**
     * Adds the revision to its entry. Total (DESIGN.md, principle 9): {@link CorrectEntry} decides
     * a correction only of an entry of the state it appends after, and entries are never removed,
     * so every correction the engine writes finds its entry; a stream that holds one of an entry
     * it never recorded (written by hand) folds without it.
     */
    JournalState applyTo(JournalState state) {
        return state.entry(number).map(entry -> state.withEntry(entry.revised(new Revision(value, author, recordedAt,
                Optional.of(reason), Optional.empty())))).orElse(state);
    }
}
