package org.schooljournal.core.diary;

import java.time.Instant;
import java.util.List;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.Schedule;

/**
 * A digest for a guardian was put in the diary's outbox (NTF-3), recorded before any attempt to
 * send it, with the items it carries so that no later digest carries them again.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param kind daily or weekly
 * @param slot the scheduled instant it is for
 * @param items what it carries
 * @param key the idempotency key
 * @param address the guardian's confirmed e-mail address
 * @param subject the subject, in Russian
 * @param body the text, in Russian
 * @param queuedAt when
 */
public record DigestQueued(String guardianId, Schedule.Kind kind, Instant slot, List<DigestItem> items, String key,
        String address, String subject, String body, Instant queuedAt) implements DiaryEvent {

    /** Copies the list. */
    public DigestQueued {
        items = List.copyOf(items);
    }

    DiaryState applyTo(DiaryState state) {
        return state.withDigest(guardianId, slot, items,
                OutboxItem.queued(key, address, subject, body, guardianId, state.studentId(), queuedAt));
    }
}
