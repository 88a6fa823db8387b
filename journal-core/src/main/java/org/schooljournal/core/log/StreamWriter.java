package org.schooljournal.core.log;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The one decide-and-append loop of every stream — a school's, a journal's, a student's diary's
 * (DESIGN.md): under the stream's lock in this engine, the stream's state is caught up from the
 * store, the events are decided on it, and appended at the version they were decided on; when
 * another engine over the same store appended meanwhile, they are decided again on the fresh
 * state, and CONFLICT is reported after {@link #MAX_ATTEMPTS}. Deciding has no effect, so a
 * refusal changes nothing. Commands to one stream in this engine decide and append one at a time,
 * as they would conflict otherwise; commands to different streams never wait for each other.
 *
 * <p>This class is thread-safe.
 */
public final class StreamWriter {

    /** How many times a decision is made again after a concurrent change of its stream. */
    public static final int MAX_ATTEMPTS = 8;

    private final Map<String, Lock> locks = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;

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
     * What a decision appended.
     *
     * @param events the events, in order; empty when nothing changed
     * @param envelopes their envelopes as the store keeps them
     * @param <E> the events
     */
    public record Written<E>(List<E> events, List<EventEnvelope> envelopes) {

        /** Copies the lists. */
        public Written {
            events = List.copyOf(events);
            envelopes = List.copyOf(envelopes);
        }
    }

    /** Creates a writer recording at the clock's instants. */
    public StreamWriter(Supplier<Instant> clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Decides and appends to a stream.
     *
     * @param streams the streams of the stream's kind
     * @param stream the stream
     * @param empty the state of the stream before its first event
     * @param actorId who records the events
     * @param what what is decided, named in a CONFLICT
     * @param decision how the events are decided
     * @return what was appended
     * @throws JournalException CONFLICT if concurrent changes kept coming; whatever the decision throws
     */
    public <S, E> Written<E> write(FoldedStreams<S, E> streams, String stream, S empty, String actorId, String what,
            Decision<S, E> decision) {
        Lock lock = locks.computeIfAbsent(stream, s -> new ReentrantLock());
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                FoldedStreams.Snapshot<S> snapshot = streams.load(stream, empty);
                Instant now = clock.get();
                List<E> events = List.copyOf(decision.decide(snapshot.state(), now));
                if (events.isEmpty()) {
                    return new Written<>(List.of(), List.of());
                }
                try {
                    return new Written<>(events, streams.append(stream, snapshot, events, actorId, now));
                } catch (ConcurrencyConflictException e) {
                    if (attempt == MAX_ATTEMPTS) {
                        throw new JournalException(ErrorCode.CONFLICT, what + " on " + stream + " met a concurrent change "
                                + MAX_ATTEMPTS + " times", e);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
