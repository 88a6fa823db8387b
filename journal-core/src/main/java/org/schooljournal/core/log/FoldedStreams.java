package org.schooljournal.core.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Streams of one kind — schools', journals' or diaries' — folded into states and kept as snapshots:
 * a stream's state is caught up from the store before each use, and events are appended
 * hash-chained (ARC-4) under the version they were decided on.
 *
 * <p>This class is thread-safe.
 *
 * @param <S> the state of a stream
 * @param <E> the events of a stream
 */
public final class FoldedStreams<S, E> {

    private static final int PAGE = 1_000;

    private final EventStore store;
    private final EventCodec codec;
    private final Class<E> eventKind;
    private final BiFunction<S, E, S> apply;
    private final Map<String, Snapshot<S>> snapshots = new ConcurrentHashMap<>();

    /**
     * The state of a stream at a version, with the hash of its last envelope.
     *
     * @param <S> the state
     * @param version the stream's version
     * @param lastHash the hash of its last envelope; empty for an empty stream
     * @param state the state
     */
    public record Snapshot<S>(long version, String lastHash, S state) {
    }

    /**
     * Creates the streams of a kind.
     *
     * @param eventKind the kind of event the streams hold
     * @param apply how an event changes a state
     */
    public FoldedStreams(EventStore store, EventCodec codec, Class<E> eventKind, BiFunction<S, E, S> apply) {
        this.store = Objects.requireNonNull(store, "store");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.eventKind = Objects.requireNonNull(eventKind, "eventKind");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /** Returns the stream's current snapshot: the one kept, caught up with the store. */
    public Snapshot<S> load(String stream, S empty) {
        Snapshot<S> known = snapshots.getOrDefault(stream, new Snapshot<>(0, "", empty));
        Snapshot<S> current = catchUp(stream, known);
        if (current != known) {
            remember(stream, current);
        }
        return current;
    }

    /** Returns the stream's state folded from the store alone, ignoring the snapshot kept. */
    public S rebuild(String stream, S empty) {
        return catchUp(stream, new Snapshot<>(0, "", empty)).state();
    }

    /**
     * Appends the events, hash-chained after the snapshot, at its version, and keeps the new
     * snapshot.
     *
     * @throws ConcurrencyConflictException if the stream moved on since the snapshot
     */
    public List<EventEnvelope> append(String stream, Snapshot<S> snapshot, List<? extends E> events, String actor,
            Instant now) {
        List<EventData> data = new ArrayList<>(events.size());
        String previousHash = snapshot.lastHash();
        long sequence = snapshot.version();
        for (E event : events) {
            sequence++;
            EventCodec.Encoded encoded = codec.encode(event);
            UUID eventId = UUID.randomUUID();
            String hash = HashChain.hash(HashChain.ALGORITHM, stream, sequence, eventId, encoded.type(),
                    encoded.schemaVersion(), encoded.payload(), actor, now, previousHash);
            data.add(new EventData(eventId, encoded.type(), encoded.schemaVersion(), encoded.payload(), actor, now,
                    previousHash, hash, HashChain.ALGORITHM));
            previousHash = hash;
        }
        List<EventEnvelope> stored = store.append(stream, snapshot.version(), data);
        S state = snapshot.state();
        for (E event : events) {
            state = apply.apply(state, event);
        }
        remember(stream, new Snapshot<>(snapshot.version() + events.size(), previousHash, state));
        return stored;
    }

    /** Drops the snapshot kept of a stream, after the store purged it. */
    public void forget(String stream) {
        snapshots.remove(stream);
    }

    private Snapshot<S> catchUp(String stream, Snapshot<S> from) {
        Snapshot<S> snapshot = from;
        while (true) {
            List<EventEnvelope> page = store.read(stream, snapshot.version() + 1, PAGE);
            if (page.isEmpty()) {
                return snapshot;
            }
            S state = snapshot.state();
            for (EventEnvelope envelope : page) {
                EventData data = envelope.event();
                state = apply.apply(state, codec.decode(data.type(), data.schemaVersion(), data.payload(), eventKind));
            }
            EventEnvelope last = page.get(page.size() - 1);
            snapshot = new Snapshot<>(last.sequence(), last.event().hash(), state);
        }
    }

    private void remember(String stream, Snapshot<S> snapshot) {
        snapshots.merge(stream, snapshot, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
}
