package org.schooljournal.core.journal;

import java.util.Objects;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.validation.Code;

/**
 * Which journal (электронный журнал): the class or study group (a stream across classes, or one
 * student on an individual curriculum) and the subject; one journal per pair in a school's year.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holderCode the class, such as 5А, or the study group
 * @param subjectCode the subject
 */
public record JournalKey(@Code String holderCode, @Code String subjectCode) {

    /**
     * Checks both are given.
     *
     * @throws IllegalArgumentException if one is blank
     */
    public JournalKey {
        Objects.requireNonNull(holderCode, "holderCode");
        Objects.requireNonNull(subjectCode, "subjectCode");
        if (holderCode.isBlank() || subjectCode.isBlank()) {
            throw new IllegalArgumentException("a journal is named by a class or group and a subject, neither blank,"
                    + " was " + holderCode + " × " + subjectCode);
        }
    }

    /** Returns the journal's stream in the school's log. */
    public String stream(String schoolId) {
        return SchoolStreams.journal(schoolId, holderCode, subjectCode);
    }

    /** Returns the journal whose stream in the school's log this is, if it is a journal's. */
    public static java.util.Optional<JournalKey> ofStream(String schoolId, String streamId) {
        return SchoolStreams.journalCodes(schoolId, streamId).map(codes -> new JournalKey(codes[0], codes[1]));
    }

    @Override
    public String toString() {
        return holderCode + " × " + subjectCode;
    }
}
