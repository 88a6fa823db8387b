package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.spi.notify.Notification;

/**
 * A guardian's notification in a journal's outbox (ATT-5): recorded in the log with the entry that
 * caused it, before any attempt to send it, so that neither a crash nor a failing server loses it;
 * then its delivery.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param notification the message, with its idempotency key
 * @param guardianId the guardian
 * @param studentId the student it is about
 * @param status pending, sent or failed for good
 * @param attempts how many times sending was tried
 * @param nextAttemptAt when a pending item is tried next; empty for at once
 * @param lastReason why the last attempt did not send it
 */
public record OutboxItem(
        Notification notification, String guardianId, String studentId, Status status, int attempts,
        Optional<Instant> nextAttemptAt, Optional<String> lastReason) {

    /** Where an item's delivery stands. */
    public enum Status {
        /** Not sent yet. */
        PENDING,
        /** Sent. */
        SENT,
        /** Failed for good. */
        FAILED
    }

    /** Checks the parts are given. */
    public OutboxItem {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(guardianId, "guardianId");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastReason, "lastReason");
    }

    /** Returns whether the item is pending and due at that instant. */
    public boolean dueAt(Instant now) {
        return status == Status.PENDING && nextAttemptAt.map(at -> !at.isAfter(now)).orElse(true);
    }
}
