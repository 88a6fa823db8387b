package org.schooljournal.core.log;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The engine's log as its facets share it: the event store, the codec of every stored type, the
 * engine's clock, the ledger of commands given an id, the bounded cache of folded streams shared by
 * every kind ({@link Caching}) and the one decide-and-append loop ({@link StreamWriter}). Knows
 * nothing of the domain; not exported.
 *
 * <p>This class is thread-safe.
 */
public final class Log {

    private final EventStore store;
    private final EventCodec codec;
    private final Clock clock;
    private final CommandLedger ledger = new CommandLedger();
    private final Caching caching;
    private final Cache<String, FoldedStreams.Held<?>> held;
    private final StreamWriter writer;

    /** Creates the log over a store, waiting after concurrent changes as a running engine does. */
    public Log(EventStore store, EventCodec codec, Clock clock) {
        this(store, codec, clock, Backoff.parked(), Caching.DEFAULT);
    }

    /** Creates the log over a store, holding folded streams within those limits. */
    public Log(EventStore store, EventCodec codec, Clock clock, Caching caching) {
        this(store, codec, clock, Backoff.parked(), caching);
    }

    /** Creates the log over a store, waiting after concurrent changes with that backoff. */
    public Log(EventStore store, EventCodec codec, Clock clock, Backoff backoff) {
        this(store, codec, clock, backoff, Caching.DEFAULT);
    }

    /**
     * Creates the log over a store, waiting after concurrent changes with that backoff and holding
     * folded streams within those limits. The cache does its upkeep — evictions, and the snapshots
     * they store — in the thread that holds a stream, never in a pool of its own.
     */
    public Log(EventStore store, EventCodec codec, Clock clock, Backoff backoff, Caching caching) {
        this.store = Objects.requireNonNull(store, "store");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.caching = Objects.requireNonNull(caching, "caching");
        this.held = Caffeine.newBuilder()
                .maximumWeight(caching.maxEvents())
                .weigher((String stream, FoldedStreams.Held<?> snapshot) ->
                        (int) Math.min(Integer.MAX_VALUE, Math.max(1, snapshot.snapshot().version())))
                .executor(Runnable::run)
                .removalListener((String stream, FoldedStreams.Held<?> snapshot, RemovalCause cause) -> {
                    if (cause.wasEvicted() && stream != null && snapshot != null) {
                        snapshot.evicted(stream);
                    }
                })
                .build();
        this.writer = new StreamWriter(this::now, store, ledger, backoff);
    }

    /** Returns the store. */
    public EventStore store() {
        return store;
    }

    /** Returns the codec of every stored type. */
    public EventCodec codec() {
        return codec;
    }

    /** Returns the engine's clock. */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the clock's instant to the microsecond: times of recording are kept to the
     * microsecond, which every store keeps exactly.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Returns the streams of one kind, folded by {@code apply}, whose snapshots are never stored. */
    public <S, E> FoldedStreams<S, E> streams(Class<E> kind, BiFunction<S, E, S> apply) {
        return new FoldedStreams<>(store, codec, ledger, kind, apply, held, caching, this::now, Optional.empty());
    }

    /**
     * Returns the streams of one kind, folded by {@code apply}, whose snapshots are stored in that
     * form when the store keeps snapshots ({@link org.schooljournal.spi.storage.SnapshotStore}).
     */
    public <S, E> FoldedStreams<S, E> streams(Class<E> kind, BiFunction<S, E, S> apply, SnapshotForm<S> form) {
        return new FoldedStreams<>(store, codec, ledger, kind, apply, held, caching, this::now,
                Optional.of(Objects.requireNonNull(form, "form")));
    }

    /**
     * Returns the event an envelope holds, as the kind of event its stream holds.
     *
     * @throws org.schooljournal.spi.JournalException INTEGRITY if it does not decode
     */
    public <E> E decode(EventEnvelope envelope, Class<E> kind) {
        return codec.decode(envelope.event().type(), envelope.event().schemaVersion(), envelope.event().payload(), kind);
    }

    /** Returns the one decide-and-append loop. */
    public StreamWriter writer() {
        return writer;
    }
}
