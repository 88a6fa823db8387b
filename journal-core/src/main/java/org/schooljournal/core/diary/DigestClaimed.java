package org.schooljournal.core.diary;

import java.time.Instant;
import org.schooljournal.core.notification.OutboxItem;

/**
 * A dispatcher claimed a digest of the diary's outbox to send it (NTF-3): until the claim expires
 * or the dispatcher records its attempt, no other dispatcher sends it. Appended under the stream's
 * optimistic version, so of two dispatchers claiming at once only one succeeds.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the digest's idempotency key
 * @param dispatcher the dispatcher, one per engine
 * @param at when it claimed it
 * @param until when the claim expires
 */
public record DigestClaimed(String key, String dispatcher, Instant at, Instant until) implements DiaryEvent {

    DiaryState applyTo(DiaryState state) {
        return state.withOutboxItem(OutboxItem.claimed(state.outbox(), key, dispatcher, until));
    }
}
