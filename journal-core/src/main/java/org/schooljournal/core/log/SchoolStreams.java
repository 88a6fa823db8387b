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
        return journalPrefix(schoolId) + segment(Objects.requireNonNull(holderCode, "holderCode")) + "/"
                + segment(Objects.requireNonNull(subjectCode, "subjectCode"));
    }

    /** Returns the prefix of every journal stream of the school. */
    public static String journalPrefix(String schoolId) {
        return of(schoolId) + "/journal/";
    }

    /**
     * Returns the class or group and the subject of a journal stream of the school, if the stream
     * is one.
     */
    public static java.util.Optional<String[]> journalCodes(String schoolId, String streamId) {
        String prefix = journalPrefix(schoolId);
        if (!streamId.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        String[] parts = streamId.substring(prefix.length()).split("/", -1);
        if (parts.length != 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new String[] {unescape(parts[0]), unescape(parts[1])});
    }

    /** Returns the stream of a student's diary: its openings (DRY-5) and digests (NTF-3). */
    public static String diary(String schoolId, String studentId) {
        return diaryPrefix(schoolId) + segment(Objects.requireNonNull(studentId, "studentId"));
    }

    /** Returns the prefix of every diary stream of the school. */
    public static String diaryPrefix(String schoolId) {
        return of(schoolId) + "/diary/";
    }

    /** Returns the student of a diary stream of the school, if the stream is one. */
    public static java.util.Optional<String> diaryStudent(String schoolId, String streamId) {
        String prefix = diaryPrefix(schoolId);
        String rest = streamId.startsWith(prefix) ? streamId.substring(prefix.length()) : "/";
        return rest.isEmpty() || rest.contains("/") ? java.util.Optional.empty() : java.util.Optional.of(unescape(rest));
    }

    /**
     * Returns the stream of the school's sign-ins on a day of its own zone (ACC-6): a stream per
     * day, so that no append waits for a long stream to load and the school's own stream never
     * grows with them.
     */
    public static String signIns(String schoolId, java.time.LocalDate day) {
        return signInPrefix(schoolId) + Objects.requireNonNull(day, "day");
    }

    /** Returns the prefix of every sign-in stream of the school. */
    public static String signInPrefix(String schoolId) {
        return of(schoolId) + "/sign-in/";
    }

    private static String unescape(String segment) {
        return segment.replace("%2F", "/").replace("%25", "%");
    }

    /** Escapes '%' and '/' of a code (a programme code may hold '/'), so that each code is one segment. */
    private static String segment(String code) {
        return code.replace("%", "%25").replace("/", "%2F");
    }
}
