package org.schooljournal.core.log;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SnapshotStore;

/**
 * Streams of one kind — schools', journals' or diaries' — folded into states and kept as snapshots:
 * a stream's state is caught up from the store before each read, and events are appended
 * hash-chained (ARC-4) under the version they were decided on.
 *
 * <p>The snapshots are held in the engine's bounded cache ({@link Caching}), shared by every kind;
 * a stream evicted from it, or never loaded, starts from its stored snapshot when the store keeps
 * snapshots ({@link SnapshotStore}) and this kind has a {@link SnapshotForm}: the one whose version
 * and last hash match the stream's envelope at that version, and that decodes; otherwise from its
 * first event. Either way it folds to the same state, and an unusable stored snapshot is no error.
 * A stored snapshot also carries where the stream's commands given an id start, for the
 * {@link CommandLedger}.
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
    /** The bytes of a command's mark in a stored snapshot: its sequence and its first event's id. */
    private static final int MARK_BYTES = 3 * Long.BYTES;
    private static final System.Logger LOGGER = System.getLogger(FoldedStreams.class.getName());

    private final EventStore store;
    private final EventCodec codec;
    private final CommandLedger ledger;
    private final Class<E> eventKind;
    private final BiFunction<S, E, S> apply;
    private final Cache<String, Held<?>> held;
    private final int snapshotEvery;
    private final Supplier<Instant> clock;
    private final Optional<SnapshotForm<S>> form;
    private final Optional<SnapshotStore> snapshots;

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
     * A snapshot held in the engine's cache, with its streams and the version of the stream's
     * snapshot last stored (0: none).
     */
    record Held<S>(FoldedStreams<S, ?> owner, Snapshot<S> snapshot, long stored) {

        /** Stores the snapshot as the cache evicts it, if it is newer than the one stored. */
        void evicted(String stream) {
            if (snapshot.version() > stored) {
                owner.store(stream, snapshot);
            }
        }
    }

    /**
     * Creates the streams of a kind.
     *
     * @param ledger where the commands given an id are noted
     * @param eventKind the kind of event the streams hold
     * @param apply how an event changes a state
     * @param held the engine's cache of snapshots, by stream
     * @param caching how often snapshots are stored
     * @param clock the instants snapshots are written at
     * @param form how this kind's states are stored in snapshots; empty: never stored
     */
    FoldedStreams(EventStore store, EventCodec codec, CommandLedger ledger, Class<E> eventKind,
            BiFunction<S, E, S> apply, Cache<String, Held<?>> held, Caching caching, Supplier<Instant> clock,
            Optional<SnapshotForm<S>> form) {
        this.store = Objects.requireNonNull(store, "store");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.eventKind = Objects.requireNonNull(eventKind, "eventKind");
        this.apply = Objects.requireNonNull(apply, "apply");
        this.held = Objects.requireNonNull(held, "held");
        this.snapshotEvery = caching.snapshotEvery();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.form = Objects.requireNonNull(form, "form");
        this.snapshots = form.isPresent() && store instanceof SnapshotStore stored ? Optional.of(stored)
                : Optional.empty();
    }

    /**
     * Returns the stream's current snapshot: the one held, caught up with the store, every
     * envelope read verified.
     *
     * @throws JournalException INTEGRITY if an envelope read does not verify, decode or apply
     */
    public Snapshot<S> load(String stream, S empty) {
        Optional<Held<S>> known = held(stream);
        if (known.isPresent()) {
            return catchUp(stream, known.get().snapshot(), true, known.get().stored());
        }
        Snapshot<S> start = stored(stream, empty);
        return catchUp(stream, start, false, start.version());
    }

    /**
     * Returns the snapshot this engine holds of the stream, without reading the store: for a
     * decision whose append names the version it was decided on, so that the store refuses it if
     * the stream moved on ({@link ConcurrencyConflictException}; the caller then {@link #load}s).
     * Loads the stream if this engine holds none.
     *
     * @throws JournalException INTEGRITY if an envelope read does not verify, decode or apply
     */
    public Snapshot<S> loadForAppend(String stream, S empty) {
        Optional<Held<S>> known = held(stream);
        return known.isPresent() ? known.get().snapshot() : load(stream, empty);
    }

    /**
     * Returns the stream's state folded from the store alone, ignoring the snapshot kept; every
     * envelope verified.
     *
     * @throws JournalException INTEGRITY if an envelope does not verify, decode or apply
     */
    public S rebuild(String stream, S empty) {
        return catchUp(stream, new Snapshot<>(0, "", empty), false, 0, false).state();
    }

    /**
     * Returns the stream's state as of an instant: the longest beginning of the stream recorded at
     * or before it, folded, every envelope read verified — so that a report asked "as of" an
     * instant reads the same whatever was recorded after it. The held snapshot serves when the
     * stream's last event was recorded by then.
     *
     * @throws JournalException INTEGRITY if an envelope read does not verify, decode or apply
     */
    public S asOf(String stream, S empty, Instant instant) {
        Snapshot<S> current = load(stream, empty);
        if (current.version() == 0 || recordedBy(store.read(stream, current.version(), 1), instant)) {
            return current.state();
        }
        S state = empty;
        long version = 0;
        String hash = "";
        while (true) {
            List<EventEnvelope> page = store.read(stream, version + 1, PAGE);
            for (EventEnvelope envelope : page) {
                if (!recordedBy(List.of(envelope), instant)) {
                    return state;
                }
                JournalException broken = check(stream, envelope, version + 1, hash);
                if (broken != null) {
                    throw broken;
                }
                state = fold(stream, envelope, state);
                version = envelope.sequence();
                hash = envelope.event().hash();
            }
            if (page.isEmpty()) {
                return state;
            }
        }
    }

    /** Returns whether the first envelope (if any) was recorded at or before the instant. */
    private static boolean recordedBy(List<EventEnvelope> envelopes, Instant instant) {
        return !envelopes.isEmpty() && !envelopes.get(0).event().recordedAt().isAfter(instant);
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
        remember(stream, new Snapshot<>(snapshot.version() + events.size(), previousHash, state), 0);
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

    /** Drops the snapshot held and stored of a stream, after the store purged it. */
    public void forget(String stream) {
        held.invalidate(stream);
        snapshots.ifPresent(stored -> stored.deleteSnapshot(stream));
        ledger.forget(stream);
    }

    /** Catches up a snapshot and holds the result. */
    private Snapshot<S> catchUp(String stream, Snapshot<S> from, boolean fromHeld, long stored) {
        return catchUp(stream, from, fromHeld, stored, true);
    }

    /**
     * Folds what the store holds after the snapshot, verifying each envelope; holds (if asked) the
     * result, or on a break what verified before it, then throws.
     *
     * @param fromHeld whether the snapshot is the one held
     * @param stored the version of the stream's snapshot last stored
     */
    private Snapshot<S> catchUp(String stream, Snapshot<S> from, boolean fromHeld, long stored, boolean keep) {
        Snapshot<S> snapshot = from;
        while (true) {
            List<EventEnvelope> page = store.read(stream, snapshot.version() + 1, PAGE);
            if (page.isEmpty()) {
                if (keep && (snapshot != from || !fromHeld)) {
                    remember(stream, snapshot, stored);
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
                    if (keep && (version > from.version() || !fromHeld)) {
                        remember(stream, new Snapshot<>(version, hash, state), stored);
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

    @SuppressWarnings("unchecked") // a stream's id names one kind of stream: its snapshots are this kind's
    private Optional<Held<S>> held(String stream) {
        return Optional.ofNullable((Held<S>) held.getIfPresent(stream));
    }

    /**
     * Holds the snapshot unless a newer one is held, and stores it when it is {@code snapshotEvery}
     * events past the one last stored.
     */
    @SuppressWarnings("unchecked")
    private void remember(String stream, Snapshot<S> snapshot, long stored) {
        Held<S> kept = (Held<S>) held.asMap().merge(stream, new Held<>(this, snapshot, stored), (old, fresh) -> {
            Held<S> before = (Held<S>) old;
            return snapshot.version() >= before.snapshot().version()
                    ? new Held<>(this, snapshot, Math.max(stored, before.stored())) : before;
        });
        if (kept != null && kept.snapshot() == snapshot && snapshots.isPresent()
                && snapshot.version() - kept.stored() >= snapshotEvery && store(stream, snapshot)) {
            held.asMap().computeIfPresent(stream, (s, now) -> now.snapshot() == snapshot
                    ? new Held<>(this, snapshot, snapshot.version()) : now);
        }
    }

    /**
     * Returns the stream's stored snapshot if it is usable — of this engine's format, matching the
     * stream's envelope at its version, decoding — noting its commands in the ledger; otherwise the
     * empty state at version 0. An unusable snapshot is no error: the stream is folded from events.
     */
    private Snapshot<S> stored(String stream, S empty) {
        Snapshot<S> none = new Snapshot<>(0, "", empty);
        if (snapshots.isEmpty()) {
            return none;
        }
        try {
            Optional<SnapshotStore.Snapshot> found = snapshots.get().loadSnapshot(stream);
            if (found.isEmpty() || found.get().format() != form.get().format()) {
                return none;
            }
            SnapshotStore.Snapshot snapshot = found.get();
            List<EventEnvelope> at = store.read(stream, snapshot.version(), 1);
            if (at.size() != 1 || at.get(0).sequence() != snapshot.version()
                    || !at.get(0).event().hash().equals(snapshot.lastHash())) {
                return none;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot.state()));
            int commands = in.readInt();
            if (commands < 0 || commands > snapshot.version() || commands > in.available() / MARK_BYTES) {
                return none;
            }
            List<CommandLedger.Mark> marks = new ArrayList<>(commands);
            for (int i = 0; i < commands; i++) {
                long sequence = in.readLong();
                UUID eventId = new UUID(in.readLong(), in.readLong());
                if (sequence < 1 || sequence > snapshot.version() || !CommandStamp.derived(eventId)) {
                    return none;
                }
                marks.add(new CommandLedger.Mark(stream, sequence, eventId));
            }
            S state = form.get().read(in.readAllBytes(), empty);
            marks.forEach(mark -> ledger.saw(stream, mark.sequence(), mark.eventId()));
            return new Snapshot<>(snapshot.version(), snapshot.lastHash(), state);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(System.Logger.Level.DEBUG, () -> "stream " + stream + ": its stored snapshot is not used,"
                    + " the stream is folded from its events", e);
            return none;
        }
    }

    /**
     * Stores the snapshot with the stream's commands up to its version; returns whether it was
     * stored. A snapshot is a cache: a store that fails to keep it fails no command.
     */
    private boolean store(String stream, Snapshot<S> snapshot) {
        if (snapshots.isEmpty() || snapshot.version() < 1) {
            return false;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            List<CommandLedger.Mark> marks = ledger.marksOf(stream, snapshot.version());
            out.writeInt(marks.size());
            for (CommandLedger.Mark mark : marks) {
                out.writeLong(mark.sequence());
                out.writeLong(mark.eventId().getMostSignificantBits());
                out.writeLong(mark.eventId().getLeastSignificantBits());
            }
            out.write(form.get().write(snapshot.state()));
            out.flush();
            snapshots.get().saveSnapshot(new SnapshotStore.Snapshot(stream, snapshot.version(), snapshot.lastHash(),
                    form.get().format(), bytes.toByteArray(), clock.get()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, () -> "stream " + stream + ": its snapshot at version "
                    + snapshot.version() + " was not stored; it is folded from its events when next loaded", e);
            return false;
        }
    }
}
