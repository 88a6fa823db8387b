package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * An entry of a journal, named across the school: the journal and the entry's number. A
 * correction (MRK-10) and an exclusion from the average (MRK-11) name the entry by it; read
 * receipts (DRY-5) and digests (NTF-3) refer to entries by it. {@link Recorded#entry()} gives the
 * entry a command made.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journal the journal
 * @param number the entry's number in it, from 1
 */
public record EntryRef(@Valid JournalKey journal, int number) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the number is below 1
     */
    public EntryRef {
        Objects.requireNonNull(journal, "journal");
        if (number < 1) {
            throw new IllegalArgumentException("number of an entry must be 1 or more, was " + number);
        }
    }

    @Override
    public String toString() {
        return journal + " #" + number;
    }
}
