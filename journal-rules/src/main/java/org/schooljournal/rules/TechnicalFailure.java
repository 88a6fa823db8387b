package org.schooljournal.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A technical failure of the journal declared by the school (ARC-7): from its start to its end,
 * both inclusive, the journal could not be kept.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start when the failure began
 * @param end when the journal worked again; not before {@code start}
 */
public record TechnicalFailure(Instant start, Instant end) {

    /**
     * Checks the interval.
     *
     * @throws IllegalArgumentException if the end is before the start
     */
    public TechnicalFailure {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " must not be before start " + start);
        }
    }

    /** Returns whether the instant falls within the failure, both ends inclusive. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && !instant.isAfter(end);
    }
}
