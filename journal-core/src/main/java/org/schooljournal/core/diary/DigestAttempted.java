package org.schooljournal.core.diary;

import java.time.Instant;
import java.util.Optional;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.spi.notify.DeliveryStatus;

/**
 * An attempt to send a digest of the diary's outbox, and its outcome (NTF-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the digest's idempotency key
 * @param outcome what the channel answered, or a failure for good when the guardian may no longer
 *     be e-mailed
 * @param reason why it was not sent; empty when sent
 * @param at when
 * @param nextAttemptAt for a retry, when it is tried next
 */
public record DigestAttempted(String key, DeliveryStatus outcome, Optional<String> reason, Instant at,
        Optional<Instant> nextAttemptAt) implements DiaryEvent {

    DiaryState applyTo(DiaryState state) {
        return OutboxItem.attempted(state.outbox(), key, outcome, nextAttemptAt, reason, at).map(state::withOutboxItem)
                .orElse(state);
    }
}
