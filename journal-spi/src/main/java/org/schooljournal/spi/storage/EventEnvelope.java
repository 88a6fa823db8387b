package org.schooljournal.spi.storage;

import java.util.Objects;

/**
 * A stored event: the {@link EventData} the engine appended, where it stands in its stream
 * ({@code sequence}, 1 for the first) and in its school's order ({@code position}, assigned by the
 * store, strictly increasing within the school in the order appends took effect; positions of
 * different schools are unrelated, and gaps are allowed — a purged stream or a rolled-back append
 * may leave them).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the stream the event belongs to
 * @param sequence its place in the stream, from 1, without gaps
 * @param position its place in its school's order ({@link SchoolKey}), from 1, strictly increasing
 * @param event the event as appended
 */
public record EventEnvelope(String streamId, long sequence, long position, EventData event) {

    /**
     * Checks the envelope.
     *
     * @throws IllegalArgumentException if the stream id is blank or a position is below 1
     */
    public EventEnvelope {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(event, "event");
        if (streamId.isBlank()) {
            throw new IllegalArgumentException("streamId must not be blank");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
        }
        if (position < 1) {
            throw new IllegalArgumentException("position must be at least 1, was " + position);
        }
    }

    /** Returns the school whose order the position belongs to: {@code SchoolKey.of(streamId)}. */
    public String schoolKey() {
        return SchoolKey.of(streamId);
    }
}
