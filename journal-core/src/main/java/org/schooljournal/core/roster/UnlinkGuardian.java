package org.schooljournal.core.roster;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Ends a guardian's link to a student, such as when a court changes custody (ROS-1, ROS-4): the
 * homeroom teacher of the student's class may, as may the administration. The guardian stays
 * registered. Unlinking a guardian who is not linked changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param guardianId the guardian
 * @param studentId the student
 */
public record UnlinkGuardian(
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
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        RosterChecks.requireStudent(this, "studentId", studentId, state);
        RosterChecks.requireGuardian(this, "guardianId", guardianId, state);
        return Roster.of(state).represents(guardianId, studentId)
                ? List.of(new GuardianUnlinked(guardianId, studentId)) : List.of();
    }
}
