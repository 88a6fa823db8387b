package org.schooljournal.core.journal;

import java.time.Instant;
import org.schooljournal.core.notification.OutboxItem;

/**
 * A notification to a guardian was put in the journal's outbox (ATT-5), in the same append as the
 * entry that caused it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the idempotency key
 * @param guardianId the guardian
 * @param studentId the student
 * @param address the guardian's confirmed e-mail address
 * @param subject the subject, in Russian
 * @param body the text, in Russian
 * @param queuedAt when
 */
public record NotificationQueued(String key, String guardianId, String studentId, String address, String subject,
        String body, Instant queuedAt) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withOutboxItem(OutboxItem.queued(key, address, subject, body, guardianId, studentId, queuedAt));
    }
}
