package org.schooljournal.core.diary;

import java.util.Objects;
import org.schooljournal.core.journal.EntryRef;

/**
 * One value of a journal entry as a digest carries it (NTF-3): the entry and which of its
 * revisions, so that a correction is news and the same value is never sent twice.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param ref the entry
 * @param revision the revision, from 1 for the value first entered
 */
public record DigestItem(EntryRef ref, int revision) {

    /** Checks the entry is given. */
    public DigestItem {
        Objects.requireNonNull(ref, "ref");
    }
}
