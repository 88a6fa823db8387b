package org.schooljournal.spi.notify;

/**
 * The notification port: one channel (e-mail, a log) that delivers {@link Notification}s to
 * guardians (ATT-5, NTF-1…NTF-4). The contract every implementation passes is
 * {@code NotifierContract} in adapters/tck.
 *
 * <p>What a channel guarantees:
 * <ul>
 *   <li>it reports every attempt truthfully as a {@link DeliveryOutcome}: {@code SENT} only when the
 *       notification was handed over, {@code RETRY_LATER} for a failure that may pass,
 *       {@code FAILED_PERMANENTLY} for one that will not; it never throws for a failed delivery;</li>
 *   <li>it does not send twice a notification whose idempotency key it has already sent, for as
 *       long as it remembers the key (at least the last {@value IdempotentNotifier#DEFAULT_CAPACITY}
 *       keys sent), even when asked twice at once; a repeat returns {@code SENT} and sends nothing;</li>
 *   <li>it passes the key on where its medium can carry it (the e-mail channel derives the
 *       {@code Message-ID} from it), so that servers behind it can recognise a repeat too.</li>
 * </ul>
 * What it does not guarantee is exactly-once delivery across crashes and restarts: that is the
 * outbox's (journal-core), which records each notification in the event log before sending it,
 * retries with backoff, and records the outcomes. {@link IdempotentNotifier} gives a channel its
 * part of the guarantee.
 *
 * <p>Implementations are thread-safe.
 */
public interface Notifier extends AutoCloseable {

    /**
     * Delivers one notification, or reports why not.
     *
     * @param notification what to deliver, and where
     * @return how the attempt ended; not null
     * @throws NullPointerException if the notification is null
     * @throws IllegalArgumentException if the key was already used for a different notification
     * @throws IllegalStateException if the notifier is closed
     */
    DeliveryOutcome deliver(Notification notification);

    /** Releases what the channel holds (connections); nothing by default. */
    @Override
    default void close() {
    }
}
