package org.schooljournal.core.diary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;

/**
 * A remark or a message to guardians as its teacher (the «sent» folder) or a copy's receiver sees
 * it (DRY-6), with whether each guardian has read it (DRY-5).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param ref the entry
 * @param kind {@link EntryKind#REMARK} or {@link EntryKind#GUARDIAN_MESSAGE}
 * @param studentId the student it is about
 * @param authorId the teacher who wrote it
 * @param writtenAt when
 * @param text what it says now
 * @param copiedTo the homeroom teacher and deputy head who got a copy
 * @param receipts each guardian of the student, and when they read it
 */
public record SentNote(EntryRef ref, EntryKind kind, String studentId, String authorId, Instant writtenAt, String text,
        Set<String> copiedTo, List<ReadReceipt> receipts) {

    /** Copies the collections. */
    public SentNote {
        Objects.requireNonNull(ref, "ref");
        copiedTo = Set.copyOf(copiedTo);
        receipts = List.copyOf(receipts);
    }

    /** Returns whether every guardian has read it. */
    public boolean readByAll() {
        return receipts.stream().allMatch(receipt -> receipt.readAt().isPresent());
    }
}
