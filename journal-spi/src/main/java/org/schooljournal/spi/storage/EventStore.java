package org.schooljournal.spi.storage;

import java.util.List;

/**
 * The storage port: an append-only store of event envelopes in streams (DESIGN.md, principle 2),
 * whose only removal is the purge of a whole stream at the end of its retention.
 * It knows nothing of the domain: payloads are opaque bytes, stored and returned byte for byte.
 * The contract every implementation passes is {@code EventStoreContract} in adapters/tck.
 *
 * <p>Implementations are thread-safe.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Appends events to a stream if the stream is at the expected version, all or nothing. The
     * events get the sequences {@code expectedVersion + 1, + 2, …} and new positions in
     * their school's order.
     *
     * <p>Idempotent: if the stream already holds exactly these events (by event id) at exactly
     * those sequences, nothing is appended and the stored envelopes are returned.
     *
     * @param streamId the stream; created by its first append
     * @param expectedVersion the number of events the caller saw in the stream (0: a new stream)
     * @param events the events, at least one
     * @return the stored envelopes, in order
     * @throws ConcurrencyConflictException if the stream is at another version (and the append
     *     is not a repeat of one already made); nothing is appended
     * @throws IllegalArgumentException if no event is given or the expected version is negative
     */
    List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events);

    /** Returns the number of events in the stream; 0 if it does not exist. */
    long version(String streamId);

    /**
     * Reads a stream from a sequence on.
     *
     * @param streamId the stream
     * @param fromSequence the first sequence to read, 1 or more
     * @param maxCount how many envelopes at most, 1 or more
     * @return the envelopes with sequences from {@code fromSequence}, in order; empty past the end
     * @throws IllegalArgumentException if {@code fromSequence} or {@code maxCount} is below 1
     */
    List<EventEnvelope> read(String streamId, long fromSequence, int maxCount);

    /**
     * Reads a school's envelopes from a position on, in the order of positions. A region-wide
     * reader keeps one cursor per school (the schools: {@code streamIds("")} without a {@code /}).
     *
     * @param schoolKey the school ({@link SchoolKey#of})
     * @param fromPosition the first position to read, 1 or more
     * @param maxCount how many envelopes at most, 1 or more
     * @return the school's envelopes with positions from {@code fromPosition}, in order; a reader
     *     following the school never later sees an envelope below a position it has already read
     * @throws IllegalArgumentException if {@code fromPosition} or {@code maxCount} is below 1
     */
    List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount);

    /**
     * Removes a stream and its envelopes for good, when their retention has ended (ARC-1, ARC-2);
     * the caller archives them first, the store does not check. Afterwards the stream's version is
     * 0, no listing names it, and reads of its school's order skip its envelopes; the other
     * envelopes keep their positions, which are never given again in the school, so the school's
     * order has gaps where the stream was. A stream of that identifier may later start again from version 0. A stream
     * that does not exist is left as it is.
     *
     * <p>Every adapter implements it (the contract kit checks it); the default refuses, so that an
     * adapter written before the purge still compiles and says what it lacks.
     *
     * @param streamId the stream
     * @return how many envelopes were removed; 0 if the stream did not exist
     * @throws UnsupportedOperationException if the adapter cannot purge
     */
    default long purge(String streamId) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot purge streams (ARC-1, ARC-2)");
    }

    /** Returns the identifiers of the streams that start with the prefix, sorted. */
    List<String> streamIds(String prefix);

    /** Releases what the store holds (connections, files); nothing by default. */
    @Override
    default void close() {
    }
}
