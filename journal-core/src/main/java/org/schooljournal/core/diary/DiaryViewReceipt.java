package org.schooljournal.core.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.core.journal.EntryRef;

/**
 * A guardian opened a student's diary (DRY-5), with the remarks and messages it showed them for
 * the first time: those are read from that instant.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param from the first day shown
 * @param to the last day shown
 * @param at when
 * @param read the remarks and messages read for the first time
 */
public record DiaryViewReceipt(String guardianId, LocalDate from, LocalDate to, Instant at, List<EntryRef> read)
        implements DiaryEvent {

    /** Copies the list. */
    public DiaryViewReceipt {
        read = List.copyOf(read);
    }

    DiaryState applyTo(DiaryState state) {
        return state.withOpening(this);
    }
}
