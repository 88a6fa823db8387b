package org.schooljournal.core.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * A store as it reads after someone changed its rows on disk, behind the adapter's back: the
 * tests' way to show that chain checks (ARC-4) and the anchored integrity check name what was
 * changed. {@link #of} changes one envelope; {@link #edited} rewrites a whole stream as a
 * database's rows would read after rows were deleted, swapped, re-hashed or forged, sequences and
 * gaps as the edit leaves them.
 */
public final class TamperedStore {

    private TamperedStore() {
    }

    /**
     * Returns the store with the envelope of that sequence changed, in every stream or in one.
     *
     * @param stream the stream whose envelope is changed; empty for every stream's
     */
    public static EventStore of(EventStore store, Optional<String> stream, long sequence, UnaryOperator<EventData> change) {
        return new DelegatingStore(store) {
            @Override
            public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
                return super.read(streamId, fromSequence, maxCount).stream()
                        .map(e -> e.sequence() == sequence && stream.map(streamId::equals).orElse(true)
                                ? new EventEnvelope(e.streamId(), e.sequence(), e.position(), change.apply(e.event()))
                                : e)
                        .toList();
            }
        };
    }

    /**
     * Returns the store with a stream's rows as the edit leaves them: every read of the stream
     * reads its envelopes from the store, edits the list and serves it by sequence; a stream edited
     * to nothing is no longer listed, as a deleted stream.
     */
    public static EventStore edited(EventStore store, String stream, UnaryOperator<List<EventEnvelope>> edit) {
        return new DelegatingStore(store) {
            private List<EventEnvelope> rows() {
                return edit.apply(new ArrayList<>(super.read(stream, 1, Integer.MAX_VALUE)));
            }

            @Override
            public long version(String streamId) {
                if (!streamId.equals(stream)) {
                    return super.version(streamId);
                }
                List<EventEnvelope> rows = rows();
                return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).sequence();
            }

            @Override
            public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
                if (!streamId.equals(stream)) {
                    return super.read(streamId, fromSequence, maxCount);
                }
                return rows().stream().filter(e -> e.sequence() >= fromSequence).limit(maxCount).toList();
            }

            @Override
            public List<String> streamIds(String prefix) {
                return super.streamIds(prefix).stream().filter(id -> !id.equals(stream) || !rows().isEmpty()).toList();
            }
        };
    }

    /**
     * Returns the rows with the envelope at {@code index} changed and it and every row after it
     * hashed again, each linked to the one before: a stream rewritten from a changed row on, whose
     * chain verifies.
     */
    public static List<EventEnvelope> rehashed(List<EventEnvelope> rows, int index, UnaryOperator<EventData> change) {
        List<EventEnvelope> result = new ArrayList<>(rows.subList(0, index));
        String previous = index == 0 ? "" : rows.get(index - 1).event().hash();
        for (int i = index; i < rows.size(); i++) {
            EventEnvelope row = rows.get(i);
            EventData data = i == index ? change.apply(row.event()) : row.event();
            EventEnvelope chained = chained(row.streamId(), row.sequence(), row.position(), data.eventId(),
                    data.type(), data.payload(), data.actor(), data.recordedAt(), previous, data.hashAlgorithm());
            result.add(chained);
            previous = chained.event().hash();
        }
        return result;
    }

    /**
     * Returns an envelope well chained after {@code previousHash}: what someone who knows the
     * format writes into the store.
     */
    public static EventEnvelope chained(String stream, long sequence, long position, UUID eventId, String type,
            byte[] payload, String actor, Instant at, String previousHash, String algorithm) {
        String hash = HashChain.hash(algorithm, stream, sequence, eventId, type, 1, payload, actor, at, previousHash);
        return new EventEnvelope(stream, sequence, position,
                new EventData(eventId, type, 1, payload, actor, at, previousHash, hash, algorithm));
    }
}
