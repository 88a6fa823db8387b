package org.schooljournal.core.log;

import java.util.Objects;

/**
 * The names of a school's streams in the store. A school's registration, structure, programme and
 * roster are one stream, {@code school-<id>}; each of its journals is a stream of its own,
 * {@code school-<id>/journal/<class or group>/<subject>}, so that journals never block each other
 * and the school stays the natural shard key (DESIGN.md, principle 8).
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

    /** Returns the stream of the journal of a class or study group in a subject. */
    public static String journal(String schoolId, String holderCode, String subjectCode) {
        return of(schoolId) + "/journal/" + segment(Objects.requireNonNull(holderCode, "holderCode")) + "/"
                + segment(Objects.requireNonNull(subjectCode, "subjectCode"));
    }

    /** Escapes '%' and '/' of a code (a programme code may hold '/'), so that each code is one segment. */
    private static String segment(String code) {
        return code.replace("%", "%25").replace("/", "%2F");
    }
}
