package org.schooljournal.core.roster;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Links a registered guardian to one more student they represent, such as a younger sibling
 * (ROS-1, ROS-4): the homeroom teacher of the student's class may, as may the administration.
 * Linking a guardian already linked changes nothing. Nobody links themselves (PD-2).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param guardianId the guardian
 * @param studentId the student
 */
public record LinkGuardian(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String guardianId,
        @NotNull @PersonId String studentId) implements RosterCommand {

    /** Returns the student's current class, for the homeroom teacher's right (ROS-4). */
    Optional<String> classScope(SchoolState state) {
        return Roster.of(state).currentClassOf(studentId);
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the student or the guardian does
     *     not exist
     * @throws org.schooljournal.core.validation.InvalidCommandException if the guardian is the
     *     student
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        SchoolRights.requireNotSelf(context.actor(), state, guardianId, Permission.UPDATE_CLASS_LIST, "LinkGuardian",
                "the guardianship of student " + studentId);
        RosterChecks.requireStudent(this, "studentId", studentId, state);
        RosterChecks.requireGuardian(this, "guardianId", guardianId, state);
        RosterChecks.requireDifferentPeople(this, guardianId, studentId);
        return Roster.of(state).represents(guardianId, studentId) ? List.of()
                : List.of(new GuardianLinked(guardianId, studentId));
    }
}
