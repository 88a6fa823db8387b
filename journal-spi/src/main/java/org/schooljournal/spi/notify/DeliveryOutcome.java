package org.schooljournal.spi.notify;

import java.util.Objects;

/**
 * The truthful result of one attempt at a delivery: its {@link DeliveryStatus}, and for anything
 * but {@link DeliveryStatus#SENT} the reason in English for the administration's reports (REP-7).
 * A channel reports outcomes instead of throwing them: an exception from
 * {@link Notifier#deliver(Notification)} means a programming error, not a delivery failure.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param status how the attempt ended
 * @param reason empty for {@code SENT}; otherwise what went wrong, not blank
 */
public record DeliveryOutcome(DeliveryStatus status, String reason) {

    private static final DeliveryOutcome SENT = new DeliveryOutcome(DeliveryStatus.SENT, "");

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a {@code SENT} outcome has a reason, or another has none
     */
    public DeliveryOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status == DeliveryStatus.SENT && !reason.isEmpty()) {
            throw new IllegalArgumentException("reason '" + reason + "' given for a SENT outcome; SENT has no reason");
        }
        if (status != DeliveryStatus.SENT && reason.isBlank()) {
            throw new IllegalArgumentException("reason is blank for a " + status + " outcome; it must say what went wrong");
        }
    }

    /** Returns the outcome of a notification handed over. */
    public static DeliveryOutcome sent() {
        return SENT;
    }

    /** Returns the outcome of an attempt that may succeed later, with its reason. */
    public static DeliveryOutcome retryLater(String reason) {
        return new DeliveryOutcome(DeliveryStatus.RETRY_LATER, reason);
    }

    /** Returns the outcome of a notification that cannot be delivered, with its reason. */
    public static DeliveryOutcome failedPermanently(String reason) {
        return new DeliveryOutcome(DeliveryStatus.FAILED_PERMANENTLY, reason);
    }

    /** Returns whether the notification was handed over. */
    public boolean isSent() {
        return status == DeliveryStatus.SENT;
    }

    @Override
    public String toString() {
        return reason.isEmpty() ? status.name() : status + "(" + reason + ")";
    }
}
