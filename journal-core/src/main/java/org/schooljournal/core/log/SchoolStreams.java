package org.schooljournal.core.log;

import java.util.Objects;

/**
 * The names of a school's streams in the store. A school's registration, structure, programme and
 * roster are one stream, {@code school-<id>}; streams of its journals (issue 4) will be named
 * {@code school-<id>/…}, so that the school stays the natural shard key.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SchoolStreams {

    private SchoolStreams() {
    }

    /** Returns the stream of the school's registration, structure, programme and roster. */
    public static String of(String schoolId) {
        return "school-" + Objects.requireNonNull(schoolId, "schoolId");
    }
}
