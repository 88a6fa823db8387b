package org.schooljournal.core.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notification;

/**
 * A guardian's notification in an outbox, a journal's (ATT-5) or a diary's (NTF-3): recorded in
 * the log with what caused it, before any attempt to send it, so that neither a crash nor a
 * failing server loses it; then its delivery.
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

    /** Returns a notification just put in an outbox, not tried yet. */
    public static OutboxItem queued(Notification notification, String guardianId, String studentId) {
        return new OutboxItem(notification, guardianId, studentId, Status.PENDING, 0, Optional.empty(), Optional.empty());
    }

    /**
     * Returns the item of an outbox after one more attempt with that outcome.
     *
     * @throws IllegalStateException if the outbox never queued it: the log records an attempt
     *     without its queuing
     */
    public static OutboxItem attempted(Map<String, OutboxItem> outbox, String key, DeliveryStatus outcome,
            Optional<Instant> next, Optional<String> reason) {
        OutboxItem item = outbox.get(key);
        if (item == null) {
            throw new IllegalStateException("the log records an attempt to send " + key + ", which it never queued");
        }
        return item.attempted(outcome, next, reason);
    }

    /** Returns this item after one more attempt with that outcome. */
    public OutboxItem attempted(DeliveryStatus outcome, Optional<Instant> next, Optional<String> reason) {
        Status after = switch (outcome) {
            case SENT -> Status.SENT;
            case RETRY_LATER -> Status.PENDING;
            case FAILED_PERMANENTLY -> Status.FAILED;
        };
        return new OutboxItem(notification, guardianId, studentId, after, attempts + 1, next, reason);
    }

    /** Returns whether the outbox holds the item of that key, still pending: an attempt is recorded only then. */
    public static boolean pending(Map<String, OutboxItem> outbox, String key) {
        OutboxItem item = outbox.get(key);
        return item != null && item.status() == Status.PENDING;
    }

    /** Returns whether the item is pending and due at that instant. */
    public boolean dueAt(Instant now) {
        return status == Status.PENDING && nextAttemptAt.map(at -> !at.isAfter(now)).orElse(true);
    }
}
