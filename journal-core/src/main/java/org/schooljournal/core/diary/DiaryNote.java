package org.schooljournal.core.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;

/**
 * What a teacher wrote about a student in the diary (DRY-3, DRY-6): a remark, which the student
 * and the guardians read; a message to the guardians, which only they read; or a note of a
 * lesson (lateness, behaviour, progress, a make-up).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param ref the entry, for read receipts (DRY-5)
 * @param kind {@link EntryKind#REMARK}, {@link EntryKind#GUARDIAN_MESSAGE} or {@link EntryKind#NOTE}
 * @param date the day it belongs to: the lesson's for a note, the day it was written otherwise
 * @param writtenAt when it was written
 * @param subject the subject's name
 * @param teacher the teacher's name
 * @param text what it says now
 * @param corrected whether it was corrected since (MRK-10)
 */
public record DiaryNote(EntryRef ref, EntryKind kind, LocalDate date, Instant writtenAt, String subject, String teacher,
        String text, boolean corrected) {

    /** Checks the parts are given. */
    public DiaryNote {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
