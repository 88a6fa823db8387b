package org.schooljournal.core.diary;

import java.time.Instant;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.spi.notify.Notification;

/**
 * A correction notice to a guardian was put in the diary's outbox (PD-4): values they were told of
 * — by an immediate notification or a digest — were entered through a compromised account after
 * the head and support were informed, and the act declared them invalid. Recorded before any
 * attempt to send it; its attempts are recorded as a digest's ({@link DigestAttempted}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the idempotency key, one per report, student and guardian
 * @param guardianId the guardian
 * @param report the compromise report (the act's number)
 * @param address the guardian's confirmed e-mail address
 * @param subject the subject, in Russian
 * @param body the text, in Russian
 * @param queuedAt when
 */
public record CorrectionQueued(String key, String guardianId, int report, String address, String subject, String body,
        Instant queuedAt) implements DiaryEvent {

    DiaryState applyTo(DiaryState state) {
        return state.withOutboxItem(OutboxItem.queued(new Notification(key, address, subject, body), guardianId,
                state.studentId(), queuedAt));
    }
}
