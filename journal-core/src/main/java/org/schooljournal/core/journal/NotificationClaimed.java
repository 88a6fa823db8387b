package org.schooljournal.core.journal;

import java.time.Instant;
import org.schooljournal.core.notification.OutboxItem;

/**
 * A dispatcher claimed a notification of the journal's outbox to send it (ATT-5): until the claim
 * expires or the dispatcher records its attempt, no other dispatcher sends it. Appended under the
 * stream's optimistic version, so of two dispatchers claiming at once only one succeeds.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the notification's idempotency key
 * @param dispatcher the dispatcher, one per engine
 * @param at when it claimed it
 * @param until when the claim expires
 */
public record NotificationClaimed(String key, String dispatcher, Instant at, Instant until) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withOutboxItem(OutboxItem.claimed(state.outbox(), key, dispatcher, until));
    }
}
