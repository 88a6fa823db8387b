package org.schooljournal.core.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The one decide-and-append loop of every stream — a school's, a journal's, a student's diary's
 * (DESIGN.md): under the stream's lock in this engine, the events are decided on the stream's state
 * this engine holds (loaded from the store, every envelope verified, if it holds none;
 * {@link FoldedStreams}) and appended at the version they were decided on; when another engine
 * over the same store appended meanwhile, the store refuses the append, and the events are decided
 * again on the state caught up with the store after a randomised wait ({@link Backoff}),
 * and CONFLICT is reported after {@link Backoff#MAX_ATTEMPTS} attempts. Deciding has no effect, so
 * a refusal changes nothing. Commands to one stream in this engine decide and append one at a
 * time, as they would conflict otherwise; commands to different streams never wait for each other.
 *
 * <p>A command the host gave an id ({@link CommandStamp}) gets event ids derived from it. If the
 * log already holds that command — its first attempt was appended, and the host did not learn it
 * (an unclear error, a crash, a lost reply) — nothing is decided or appended: the events and
 * envelopes first appended are returned, marked as a repeat. The same id with another command, or
 * in another stream, is CONFLICT.
 *
 * <p>This class is thread-safe.
 */
public final class StreamWriter {

    private final Map<String, Lock> locks = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;
    private final EventStore store;
    private final CommandLedger ledger;
    private final Backoff backoff;

    /**
     * How the events are decided on a stream's state.
     *
     * @param <S> the state
     * @param <E> the events
     */
    @FunctionalInterface
    public interface Decision<S, E> {

        /**
         * Returns the events that record what is decided, possibly none.
         *
         * @param state the stream's current state
         * @param now the instant of recording
         */
        List<? extends E> decide(S state, Instant now);
    }

    /**
     * What a decision appended, or what the first attempt of a repeated command had appended.
     *
     * @param events the events, in order; empty when nothing changed
     * @param envelopes their envelopes as the store keeps them
     * @param repeated whether the command had been appended before and nothing was appended now
     * @param <E> the events
     */
    public record Written<E>(List<E> events, List<EventEnvelope> envelopes, boolean repeated) {

        /** Copies the lists. */
        public Written {
            events = List.copyOf(events);
            envelopes = List.copyOf(envelopes);
        }
    }

    /**
     * Creates a writer recording at the clock's instants.
     *
     * @param store the store, read for a repeated command's envelopes
     * @param ledger where the commands given an id were seen
     * @param backoff how to wait after a concurrent change
     */
    public StreamWriter(Supplier<Instant> clock, EventStore store, CommandLedger ledger, Backoff backoff) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /**
     * Decides and appends to a stream, with new random event ids.
     *
     * @see #write(FoldedStreams, String, Object, String, String, Optional, Decision)
     */
    public <S, E> Written<E> write(FoldedStreams<S, E> streams, String stream, S empty, String actorId, String what,
            Decision<S, E> decision) {
        return write(streams, stream, empty, actorId, what, Optional.empty(), decision);
    }

    /**
     * Decides and appends to a stream; for a command given an id, returns its first outcome if
     * the log holds it.
     *
     * @param streams the streams of the stream's kind
     * @param stream the stream
     * @param empty the state of the stream before its first event
     * @param actorId who records the events
     * @param what what is decided, named in a CONFLICT
     * @param stamp the command's id, if the host gave one
     * @param decision how the events are decided
     * @return what was appended, or what the command's first attempt appended
     * @throws JournalException CONFLICT if concurrent changes kept coming, or the command id was
     *     used for another command; INTEGRITY if the stream does not verify; whatever the decision
     *     throws
     */
    public <S, E> Written<E> write(FoldedStreams<S, E> streams, String stream, S empty, String actorId, String what,
            Optional<CommandStamp> stamp, Decision<S, E> decision) {
        Lock lock = locks.computeIfAbsent(stream, s -> new ReentrantLock());
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                // The append names the version decided on, so a stale snapshot is refused there:
                // the held one is caught up only after a conflict.
                FoldedStreams.Snapshot<S> snapshot = attempt == 1 ? streams.loadForAppend(stream, empty)
                        : streams.load(stream, empty);
                if (stamp.isPresent()) {
                    Optional<CommandLedger.Mark> seen = ledger.find(stamp.get().key());
                    if (seen.isPresent()) {
                        return repeat(streams, stream, stamp.get(), seen.get());
                    }
                }
                Instant now = clock.get();
                List<E> events = List.copyOf(decision.decide(snapshot.state(), now));
                if (events.isEmpty()) {
                    return new Written<>(List.of(), List.of(), false);
                }
                try {
                    return streams.append(stream, snapshot, events, actorId, now,
                            index -> stamp.map(s -> s.eventId(index)).orElseGet(UUID::randomUUID));
                } catch (ConcurrencyConflictException e) {
                    if (attempt == Backoff.MAX_ATTEMPTS) {
                        throw new JournalException(ErrorCode.CONFLICT, what + " on " + stream + " met a concurrent change"
                                + " on each of its " + Backoff.MAX_ATTEMPTS + " attempts, waiting a random time of at most "
                                + Backoff.mostWaited().toMillis() + " ms in all between them; nothing was appended", e);
                    }
                    backoff.before(attempt + 1);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Returns what a command's first attempt appended, or refuses an id used for another command. */
    private <S, E> Written<E> repeat(FoldedStreams<S, E> streams, String stream, CommandStamp stamp,
            CommandLedger.Mark seen) {
        if (!seen.streamId().equals(stream) || !seen.eventId().equals(stamp.eventId(0))) {
            List<EventEnvelope> first = store.read(seen.streamId(), seen.sequence(), 1);
            String found = first.isEmpty() ? "" : ": a " + first.get(0).event().type() + " by "
                    + Excerpt.of(first.get(0).event().actor()) + " recorded at " + first.get(0).event().recordedAt();
            throw new JournalException(ErrorCode.CONFLICT, "command id " + Excerpt.of(stamp.commandId())
                    + " was already used in " + stamp.scope() + " for " + (seen.streamId().equals(stream)
                            ? "another command (other fields or another actor)" : "a command to stream " + seen.streamId())
                    + ", whose first event is envelope " + seen.sequence() + " of " + seen.streamId() + found
                    + "; a command id names one command: give this one an id of its own");
        }
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (EventEnvelope envelope : store.read(stream, seen.sequence(), 1_000)) {
            if (!envelope.event().eventId().equals(stamp.eventId(envelopes.size()))) {
                break;
            }
            envelopes.add(envelope);
        }
        return new Written<>(streams.decode(stream, envelopes), envelopes, true);
    }
}
