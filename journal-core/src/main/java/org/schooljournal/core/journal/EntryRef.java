package org.schooljournal.core.journal;

import java.util.Objects;

/**
 * An entry of a journal, named across the school: the journal and the entry's number. Read
 * receipts (DRY-5) and digests (NTF-3) refer to entries by it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journal the journal
 * @param number the entry's number in it
 */
public record EntryRef(JournalKey journal, int number) {

    /** Checks the journal is given. */
    public EntryRef {
        Objects.requireNonNull(journal, "journal");
    }

    @Override
    public String toString() {
        return journal + " #" + number;
    }
}
