package org.schooljournal.core.compromise;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One operation of a compromised account that the act declares invalid (PD-4, R 4.4): an event
 * the log keeps where it was recorded, named by its stream, position and identifier, with what it
 * did in Russian as the act states it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stream the stream holding it
 * @param sequence its position in the stream, from 1
 * @param eventId its identifier in the log
 * @param type its stored type, such as {@code EntryRecorded}
 * @param recordedAt when it was recorded
 * @param description what it did, in Russian, as the act lists it
 * @param leftOut whether every read leaves it out by itself (entries, corrections, openings of a
 *     diary); otherwise the administration reverses it by a command of its own (a role, a roster
 *     change, a setting)
 */
public record InvalidatedOperation(String stream, long sequence, UUID eventId, String type, Instant recordedAt,
        String description, boolean leftOut) {

    /** Checks the parts are given. */
    public InvalidatedOperation {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(description, "description");
    }
}
