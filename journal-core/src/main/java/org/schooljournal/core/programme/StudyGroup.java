package org.schooljournal.core.programme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.rules.calendar.EducationLevel;

/**
 * A study group (учебная группа), YR-5 and YR-12: half a class, an elective, a club, a project, an
 * extended-day group, a stream across classes, or one student on an individual curriculum (ИУП).
 * A group follows the calendar and bells of its base classes; a journal belongs to it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the group's code, such as {@code 5А-англ-1}; never a class's code
 * @param kind the kind of group
 * @param baseClassCodes the classes its students come from, in the order given; not empty
 * @param grade the grade the group learns at, 1–11
 * @param studentId the student of an {@link GroupKind#INDIVIDUAL} group; empty for other kinds
 */
public record StudyGroup(
        String code, GroupKind kind, List<String> baseClassCodes, int grade, Optional<String> studentId) {

    /**
     * Checks the group.
     *
     * @throws IllegalArgumentException if it has no base class, a single-class kind has several,
     *     the grade is not 1–11, or the student is named for a group that is not individual or
     *     missing for one that is
     */
    public StudyGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(studentId, "studentId");
        baseClassCodes = List.copyOf(baseClassCodes);
        if (baseClassCodes.isEmpty()) {
            throw new IllegalArgumentException("group " + code + " needs at least one base class");
        }
        if (kind.singleClass() && baseClassCodes.size() != 1) {
            throw new IllegalArgumentException("a " + kind + " group has exactly one base class, " + code
                    + " has " + baseClassCodes);
        }
        EducationLevel.ofGrade(grade);
        if ((kind == GroupKind.INDIVIDUAL) != studentId.isPresent()) {
            throw new IllegalArgumentException("group " + code + ": a student is named by an INDIVIDUAL group"
                    + " and by no other kind, was " + kind + " with " + studentId);
        }
    }

    /** Returns whether the group's students come from that class. */
    public boolean drawsFrom(String classCode) {
        return baseClassCodes.contains(classCode);
    }
}
