package org.schooljournal.spi.notify;

/**
 * How one attempt at a delivery ended, as the outbox of journal-core records it (REP-7).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DeliveryStatus {
    /** The channel handed the notification over: an SMTP server accepted it, a log wrote it. */
    SENT,
    /** Not delivered now, for a reason that may pass (a server down, a timeout, a 4xx reply); try again later. */
    RETRY_LATER,
    /** Not delivered, and trying again will not help (a 5xx refusal of the recipient, a malformed address). */
    FAILED_PERMANENTLY
}
