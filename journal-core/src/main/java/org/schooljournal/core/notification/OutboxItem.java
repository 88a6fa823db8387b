package org.schooljournal.core.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notification;

/**
 * A guardian's notification in an outbox, a journal's (ATT-5) or a diary's (NTF-3): recorded in
 * the log with what caused it, before any attempt to send it, so that neither a crash nor a
 * failing server loses it; then its delivery. Before sending it, a dispatcher claims it until an
 * instant, so that no other dispatcher sends it meanwhile; a recorded attempt ends the claim, and
 * a claim whose dispatcher died ends when it expires.
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
 * @param claim the dispatcher's claim to send it, since the last attempt; empty if none
 * @param queuedAt when it was put in the outbox: with the entry that caused it (REP-7)
 * @param settledAt when the attempt that sent it or failed it for good was made; empty while pending (REP-7)
 */
public record OutboxItem(
        Notification notification, String guardianId, String studentId, Status status, int attempts,
        Optional<Instant> nextAttemptAt, Optional<String> lastReason, Optional<Claim> claim, Instant queuedAt,
        Optional<Instant> settledAt) {

    /**
     * A dispatcher's claim to send an item (ATT-5): until {@code until}, no other dispatcher may.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param dispatcher the dispatcher, one per engine
     * @param until when the claim expires, if its dispatcher recorded no attempt by then
     */
    public record Claim(String dispatcher, Instant until) {

        /** Checks the parts are given. */
        public Claim {
            Objects.requireNonNull(dispatcher, "dispatcher");
            Objects.requireNonNull(until, "until");
        }

        /** Returns whether the claim is in force at that instant. */
        public boolean inForceAt(Instant now) {
            return until.isAfter(now);
        }
    }

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
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(settledAt, "settledAt");
    }

    /** Returns a notification just put in an outbox at that instant, not tried yet. */
    public static OutboxItem queued(Notification notification, String guardianId, String studentId, Instant queuedAt) {
        return new OutboxItem(notification, guardianId, studentId, Status.PENDING, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), queuedAt, Optional.empty());
    }

    /**
     * Returns the item a stored event queued, as the fold of an outbox makes it: pending, with the
     * notification of those parts; or, if the parts make no notification a channel can take (a key
     * or an address with a line break, too long a key — what a log written before identifiers were
     * validated may hold), an item failed for good, under the key {@code undeliverable-} and the
     * SHA-256 of the stored key, with the reason, which no dispatch ever sends. So applying a
     * stored event never fails (DESIGN.md, principle 9); the event itself stays in the log as it
     * was written.
     */
    public static OutboxItem queued(String key, String address, String subject, String body, String guardianId,
            String studentId, Instant queuedAt) {
        try {
            return queued(new Notification(key, address, subject, body), guardianId, studentId, queuedAt);
        } catch (IllegalArgumentException | NullPointerException refused) {
            Notification undeliverable = new Notification("undeliverable-" + ConfirmEmail.sha256(String.valueOf(key)),
                    "undeliverable", "undeliverable", "undeliverable");
            return new OutboxItem(undeliverable, guardianId, studentId, Status.FAILED, 0, Optional.empty(),
                    Optional.of("the stored notification cannot be sent: " + Excerpt.of(refused.getMessage(), 300)),
                    Optional.empty(), queuedAt, Optional.of(queuedAt));
        }
    }

    /**
     * Returns the item of an outbox after one more attempt with that outcome; empty if the outbox
     * holds no item of that key (a log whose queuing of it could not be sent, see
     * {@link #queued(String, String, String, String, String, String, Instant)}), which the fold then
     * leaves as it is.
     */
    public static Optional<OutboxItem> attempted(Map<String, OutboxItem> outbox, String key, DeliveryStatus outcome,
            Optional<Instant> next, Optional<String> reason, Instant at) {
        return Optional.ofNullable(outbox.get(key)).map(item -> item.attempted(outcome, next, reason, at));
    }

    /** Returns this item after one more attempt with that outcome, made at that instant; the attempt ends its claim. */
    public OutboxItem attempted(DeliveryStatus outcome, Optional<Instant> next, Optional<String> reason, Instant at) {
        Status after = switch (outcome) {
            case SENT -> Status.SENT;
            case RETRY_LATER -> Status.PENDING;
            case FAILED_PERMANENTLY -> Status.FAILED;
        };
        return new OutboxItem(notification, guardianId, studentId, after, attempts + 1, next, reason, Optional.empty(),
                queuedAt, after == Status.PENDING ? Optional.empty() : Optional.of(at));
    }

    /**
     * Returns the item of an outbox claimed by a dispatcher.
     *
     * @throws IllegalStateException if the outbox never queued it: the log records a claim
     *     without its queuing
     */
    public static OutboxItem claimed(Map<String, OutboxItem> outbox, String key, String dispatcher, Instant until) {
        OutboxItem item = outbox.get(key);
        if (item == null) {
            throw new IllegalStateException("the log records a claim of " + key + ", which it never queued");
        }
        return new OutboxItem(item.notification, item.guardianId, item.studentId, item.status, item.attempts,
                item.nextAttemptAt, item.lastReason, Optional.of(new Claim(dispatcher, until)), item.queuedAt,
                item.settledAt);
    }

    /** Returns whether the outbox holds the item of that key and it is due at that instant, so that it may be claimed. */
    public static boolean claimable(Map<String, OutboxItem> outbox, String key, Instant now) {
        OutboxItem item = outbox.get(key);
        return item != null && item.dueAt(now);
    }

    /** Returns whether the outbox holds the item of that key, still pending: an attempt is recorded only then. */
    public static boolean pending(Map<String, OutboxItem> outbox, String key) {
        OutboxItem item = outbox.get(key);
        return item != null && item.status() == Status.PENDING;
    }

    /**
     * Returns whether the item is pending and due at that instant: its next attempt has come and
     * no dispatcher's claim is in force.
     */
    public boolean dueAt(Instant now) {
        return status == Status.PENDING && nextAttemptAt.map(at -> !at.isAfter(now)).orElse(true)
                && claim.filter(c -> c.inForceAt(now)).isEmpty();
    }
}
