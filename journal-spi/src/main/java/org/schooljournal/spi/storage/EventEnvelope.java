package org.schooljournal.spi.storage;

import java.util.Objects;

/**
 * A stored event: the {@link EventData} the engine appended, where it stands in its stream
 * ({@code sequence}, 1 for the first) and in the whole store ({@code globalPosition}, assigned by
 * the store, strictly increasing in the order appends took effect).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the stream the event belongs to
 * @param sequence its place in the stream, from 1, without gaps
 * @param globalPosition its place in the store, from 1, strictly increasing
 * @param event the event as appended
 */
public record EventEnvelope(String streamId, long sequence, long globalPosition, EventData event) {

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
        if (globalPosition < 1) {
            throw new IllegalArgumentException("globalPosition must be at least 1, was " + globalPosition);
        }
    }
}
