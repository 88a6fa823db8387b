package org.schooljournal.core.programme;

import java.util.Objects;

/**
 * One line of the teaching load (педагогическая нагрузка), YR-7: the teacher who teaches a
 * subject to a class or a study group.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param teacherId the teacher, a member of the staff
 */
public record TeachingAssignment(String holderCode, String subjectCode, String teacherId) {

    /** Checks the parts are given. */
    public TeachingAssignment {
        Objects.requireNonNull(holderCode, "holderCode");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(teacherId, "teacherId");
    }

    /** Returns whether this line is of that subject in that class or group. */
    public boolean covers(String holder, String subject) {
        return holderCode.equals(holder) && subjectCode.equals(subject);
    }
}
