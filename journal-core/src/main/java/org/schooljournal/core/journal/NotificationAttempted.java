package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.Optional;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.spi.notify.DeliveryStatus;

/**
 * An attempt to send a notification of the outbox, and its outcome (ATT-5): sent, to be tried
 * again at an instant, or failed for good.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the notification's idempotency key
 * @param outcome what the channel answered
 * @param reason why it was not sent; empty when sent
 * @param at when
 * @param nextAttemptAt for a retry, when it is tried next
 */
public record NotificationAttempted(String key, DeliveryStatus outcome, Optional<String> reason, Instant at,
        Optional<Instant> nextAttemptAt) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return OutboxItem.attempted(state.outbox(), key, outcome, nextAttemptAt, reason, at).map(state::withOutboxItem)
                .orElse(state);
    }
}
