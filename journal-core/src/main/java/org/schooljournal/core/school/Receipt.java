package org.schooljournal.core.school;

import java.util.List;
import java.util.Objects;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * What a command to a school's own stream recorded (ACC-7): the envelopes appended to the stream,
 * none when the command changed nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the school's stream
 * @param appended the envelopes appended, in order
 */
public record Receipt(String streamId, List<EventEnvelope> appended) {

    /** Copies the list. */
    public Receipt {
        Objects.requireNonNull(streamId, "streamId");
        appended = List.copyOf(appended);
    }

    /** Returns whether the command changed anything. */
    public boolean changed() {
        return !appended.isEmpty();
    }
}
