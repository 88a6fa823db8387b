package org.schooljournal.spi.storage;

import java.util.Objects;

/**
 * The school a stream belongs to: its id up to the first {@code /} ({@code school-42} of
 * {@code school-42/journal-5A-math}), or the whole id when it has none. Positions are ordered per
 * school ({@link EventEnvelope#position()}, {@link EventStore#readSchool}), and the school is the
 * shard key of a distributed deployment (DESIGN.md, principle 8).
 *
 * <p>This class has no instances; it is thread-safe.
 */
public final class SchoolKey {

    private SchoolKey() {
    }

    /**
     * Returns the school key of a stream.
     *
     * @param streamId the stream's id
     * @return the id up to its first {@code /}, or the whole id
     * @throws NullPointerException if the id is null
     * @throws IllegalArgumentException if the id is blank
     */
    public static String of(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        if (streamId.isBlank()) {
            throw new IllegalArgumentException("streamId must not be blank");
        }
        int slash = streamId.indexOf('/');
        return slash < 0 ? streamId : streamId.substring(0, slash);
    }
}
