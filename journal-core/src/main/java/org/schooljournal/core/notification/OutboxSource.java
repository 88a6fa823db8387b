package org.schooljournal.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.school.SchoolState;

/**
 * A kind of stream that keeps an outbox of guardians' notifications, as the dispatch reads and
 * records it: the journals' (ATT-5, DRY-6) and the students' diaries' (NTF-3). Implemented by the
 * facet of that kind of stream and registered in the engine's {@link Outboxes}; the engine's own
 * wiring, never handed to a vendor.
 */
public interface OutboxSource {

    /** Returns every stream of this kind in the school. */
    List<String> streams(String schoolId);

    /** Returns whether the stream is of this kind. */
    boolean owns(String schoolId, String stream);

    /** Returns the stream's outbox as the store has it now, by key. */
    Map<String, OutboxItem> outbox(String schoolId, String stream);

    /**
     * Claims an item of the stream's outbox for a dispatcher, as the actor
     * {@link Notifications#NOTIFIER}: appends the claim, expiring {@code lease} after the
     * instant of recording, under the stream's optimistic version, if the item is due there — still
     * pending, its time come, and no other claim in force. Of two dispatchers claiming at once, one
     * appends and the other, deciding again on the fresh stream, finds the item claimed.
     *
     * @return whether the dispatcher holds the claim and may send the item
     * @throws org.schooljournal.spi.JournalException CONFLICT if concurrent appends kept coming
     */
    boolean claim(String schoolId, String stream, String key, String dispatcher, Duration lease);

    /**
     * Records an attempt to send an item of the stream's outbox, if the item is still pending
     * there, as the actor {@link Notifications#NOTIFIER}; it ends the item's claim.
     *
     * @throws org.schooljournal.spi.JournalException CONFLICT if concurrent appends kept coming
     */
    void record(String schoolId, String stream, Attempt attempt);

    /**
     * Queues what is due in this kind's outboxes before a dispatch (the diaries' digests, NTF-3),
     * and returns the streams it queued in.
     */
    default List<String> queueDue(SchoolState school, Instant now) {
        return List.of();
    }

    /**
     * An attempt to send a notification and its outcome (ATT-5): sent, to be tried again at an
     * instant, or failed for good.
     *
     * @param key the notification's idempotency key
     * @param outcome what the channel answered, after the limit of attempts
     * @param reason why it was not sent; empty when sent
     * @param at when
     * @param nextAttemptAt for a retry, when it is tried next
     */
    record Attempt(String key, org.schooljournal.spi.notify.DeliveryStatus outcome, Optional<String> reason,
            Instant at, Optional<Instant> nextAttemptAt) {
    }
}
