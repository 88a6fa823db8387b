package org.schooljournal.core.programme;

import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A study group was formed, or its classes, grade or student changed (YR-5, YR-12).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the group's code
 * @param kind the kind of group
 * @param baseClassCodes the classes its students come from
 * @param grade the grade it learns at
 * @param studentId the student of an individual group; empty text for other kinds
 */
public record StudyGroupAdded(String code, GroupKind kind, List<String> baseClassCodes, int grade, String studentId)
        implements ProgrammeEvent {

    /** Copies the classes. */
    public StudyGroupAdded {
        baseClassCodes = List.copyOf(baseClassCodes);
    }

    /** Returns the event that records the group. */
    static StudyGroupAdded of(StudyGroup group) {
        return new StudyGroupAdded(group.code(), group.kind(), group.baseClassCodes(), group.grade(),
                group.studentId().orElse(""));
    }

    /** Returns the group it records. */
    public StudyGroup group() {
        return new StudyGroup(code, kind, baseClassCodes, grade, Optional.of(studentId).filter(id -> !id.isEmpty()));
    }

    Programme applyTo(Programme programme) {
        return programme.withGroup(group());
    }
}
