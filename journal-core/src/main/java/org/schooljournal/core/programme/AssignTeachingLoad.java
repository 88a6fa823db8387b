package org.schooljournal.core.programme;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Gives a teacher a subject in a class or study group (YR-7, ACC-4), in place of the subject's
 * teacher there before. The teacher must be on the staff, and is given the subject teacher's role
 * if they lack it (ACC-1). Assigning the same again changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param teacherId the teacher
 * @param subjectCode the subject
 * @param holderCode the class or group
 */
public record AssignTeachingLoad(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String teacherId,
        @NotNull @Code String subjectCode,
        @NotNull @Code String holderCode) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        References.requireStaff(state, this, "teacherId", teacherId);
        References.requireSubject(state, this, "subjectCode", subjectCode);
        References.holder(state, this, "holderCode", holderCode);
        if (Programme.of(state).teacherOf(holderCode, subjectCode).equals(Optional.of(teacherId))) {
            return List.of();
        }
        List<SchoolEvent> events = new ArrayList<>();
        events.add(new TeachingLoadAssigned(new TeachingAssignment(holderCode, subjectCode, teacherId)));
        if (!state.rolesOf(teacherId).contains(Role.SUBJECT_TEACHER)) {
            events.add(new RoleAssigned(teacherId, Role.SUBJECT_TEACHER));
        }
        return events;
    }
}
