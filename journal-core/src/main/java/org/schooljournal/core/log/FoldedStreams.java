package org.schooljournal.core.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Streams of one kind — schools', journals' or diaries' — folded into states and kept as snapshots:
 * a stream's state is caught up from the store before each use, and events are appended
 * hash-chained (ARC-4) under the version they were decided on.
 *
 * <p>Every envelope is verified before it is folded ({@link ChainLink}): the whole stream when the
 * engine first loads it, then only what others appended after. A stream that does not verify, or
 * holds an event that does not decode or apply, is neither read nor appended to: INTEGRITY, naming
 * the stream and the envelope; the snapshot keeps what verified before it, and the other streams
 * are untouched. Each envelope of a command given an id is noted in the engine's
 * {@link CommandLedger}.
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
    private final CommandLedger ledger;
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
     * @param ledger where the commands given an id are noted
     * @param eventKind the kind of event the streams hold
     * @param apply how an event changes a state
     */
    public FoldedStreams(EventStore store, EventCodec codec, CommandLedger ledger, Class<E> eventKind,
            BiFunction<S, E, S> apply) {
        this.store = Objects.requireNonNull(store, "store");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.eventKind = Objects.requireNonNull(eventKind, "eventKind");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /**
     * Returns the stream's current snapshot: the one kept, caught up with the store, every
     * envelope read verified.
     *
     * @throws JournalException INTEGRITY if an envelope read does not verify, decode or apply
     */
    public Snapshot<S> load(String stream, S empty) {
        Snapshot<S> known = snapshots.getOrDefault(stream, new Snapshot<>(0, "", empty));
        return catchUp(stream, known, true);
    }

    /**
     * Returns the stream's state folded from the store alone, ignoring the snapshot kept; every
     * envelope verified.
     *
     * @throws JournalException INTEGRITY if an envelope does not verify, decode or apply
     */
    public S rebuild(String stream, S empty) {
        return catchUp(stream, new Snapshot<>(0, "", empty), false).state();
    }

    /**
     * Appends the events, hash-chained after the snapshot, at its version, with the ids given, and
     * keeps the new snapshot. When the store answers that it already holds events of those ids
     * there (a repeat of a command appended by another engine), returns what it holds, decoded.
     *
     * @param ids the id of the event of each index
     * @throws ConcurrencyConflictException if the stream moved on since the snapshot
     */
    public StreamWriter.Written<E> append(String stream, Snapshot<S> snapshot, List<? extends E> events, String actor,
            Instant now, IntFunction<UUID> ids) {
        List<EventData> data = new ArrayList<>(events.size());
        String previousHash = snapshot.lastHash();
        long sequence = snapshot.version();
        for (E event : events) {
            sequence++;
            EventCodec.Encoded encoded = codec.encode(event);
            UUID eventId = ids.apply(data.size());
            String hash = HashChain.hash(HashChain.ALGORITHM, stream, sequence, eventId, encoded.type(),
                    encoded.schemaVersion(), encoded.payload(), actor, now, previousHash);
            data.add(new EventData(eventId, encoded.type(), encoded.schemaVersion(), encoded.payload(), actor, now,
                    previousHash, hash, HashChain.ALGORITHM));
            previousHash = hash;
        }
        List<EventEnvelope> stored = store.append(stream, snapshot.version(), data);
        boolean ours = stored.size() == data.size();
        for (int i = 0; ours && i < data.size(); i++) {
            ours = stored.get(i).event().hash().equals(data.get(i).hash());
        }
        if (!ours) {
            return new StreamWriter.Written<>(decode(stream, stored), stored, true);
        }
        S state = snapshot.state();
        for (E event : events) {
            state = apply.apply(state, event);
        }
        for (EventEnvelope envelope : stored) {
            ledger.saw(stream, envelope.sequence(), envelope.event().eventId());
        }
        remember(stream, new Snapshot<>(snapshot.version() + events.size(), previousHash, state));
        return new StreamWriter.Written<E>(List.copyOf(events), stored, false);
    }

    /**
     * Returns the events of envelopes of a stream, decoded.
     *
     * @throws JournalException INTEGRITY if one does not decode, naming the stream and the envelope
     */
    public List<E> decode(String stream, List<EventEnvelope> envelopes) {
        List<E> events = new ArrayList<>(envelopes.size());
        for (EventEnvelope envelope : envelopes) {
            events.add(decode(stream, envelope));
        }
        return events;
    }

    /** Drops the snapshot kept of a stream, after the store purged it. */
    public void forget(String stream) {
        snapshots.remove(stream);
        ledger.forget(stream);
    }

    /**
     * Folds what the store holds after the snapshot, verifying each envelope; on a break, keeps
     * (if asked) what verified before it, then throws.
     */
    private Snapshot<S> catchUp(String stream, Snapshot<S> from, boolean keep) {
        Snapshot<S> snapshot = from;
        while (true) {
            List<EventEnvelope> page = store.read(stream, snapshot.version() + 1, PAGE);
            if (page.isEmpty()) {
                if (keep && snapshot != from) {
                    remember(stream, snapshot);
                }
                return snapshot;
            }
            S state = snapshot.state();
            long version = snapshot.version();
            String hash = snapshot.lastHash();
            for (EventEnvelope envelope : page) {
                JournalException broken = check(stream, envelope, version + 1, hash);
                S next = null;
                if (broken == null) {
                    try {
                        next = fold(stream, envelope, state);
                    } catch (JournalException e) {
                        broken = e;
                    }
                }
                if (broken != null) {
                    if (keep && version > from.version()) {
                        remember(stream, new Snapshot<>(version, hash, state));
                    }
                    throw broken;
                }
                state = next;
                ledger.saw(stream, envelope.sequence(), envelope.event().eventId());
                version = envelope.sequence();
                hash = envelope.event().hash();
            }
            snapshot = new Snapshot<>(version, hash, state);
        }
    }

    private static JournalException check(String stream, EventEnvelope envelope, long expected, String previousHash) {
        Optional<String> problem = ChainLink.problem(stream, envelope, expected, previousHash);
        return problem.map(reason -> integrity(stream, envelope, "does not verify: " + reason)).orElse(null);
    }

    private S fold(String stream, EventEnvelope envelope, S state) {
        E event = decode(stream, envelope);
        try {
            return apply.apply(state, event);
        } catch (RuntimeException e) {
            throw integrity(stream, envelope, "of type " + envelope.event().type() + " does not apply to the"
                    + " stream's state: " + Excerpt.of(String.valueOf(e.getMessage())), e);
        }
    }

    private E decode(String stream, EventEnvelope envelope) {
        EventData data = envelope.event();
        try {
            return codec.decode(data.type(), data.schemaVersion(), data.payload(), eventKind);
        } catch (JournalException e) {
            throw integrity(stream, envelope, "does not decode: " + e.getMessage(), e);
        }
    }

    private static JournalException integrity(String stream, EventEnvelope envelope, String what) {
        return integrity(stream, envelope, what, null);
    }

    private static JournalException integrity(String stream, EventEnvelope envelope, String what, Throwable cause) {
        String message = "stream " + stream + ": envelope " + envelope.sequence() + " (position "
                + envelope.position() + ", event id " + envelope.event().eventId() + ") " + what
                + "; the engine neither reads nor appends to the stream until it is repaired (ARC-4,"
                + " docs/integrity.md)";
        return cause == null ? new JournalException(ErrorCode.INTEGRITY, message)
                : new JournalException(ErrorCode.INTEGRITY, message, cause);
    }

    private void remember(String stream, Snapshot<S> snapshot) {
        snapshots.merge(stream, snapshot, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
}
