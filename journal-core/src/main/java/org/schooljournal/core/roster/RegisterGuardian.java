package org.schooljournal.core.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.PersonName;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Registers a guardian of a student, or corrects their name, and links them to the student
 * (ROS-1, ROS-4): the homeroom teacher of the student's class may, as may the administration. The
 * guardian is given the guardian's role in the school. A guardian of another student already is
 * linked with {@link LinkGuardian} instead. Issuing the same registration again changes nothing.
 * Nobody registers themselves as a guardian (PD-2: the guardianship opens the student's data).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param guardianId the guardian's person identifier
 * @param surname the surname
 * @param name the given name
 * @param patronymic the patronymic; empty if none
 * @param studentId the student they represent
 */
public record RegisterGuardian(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String guardianId,
        @NotBlank @OneLine(max = Texts.NAME) String surname,
        @NotBlank @OneLine(max = Texts.NAME) String name,
        @NotNull @OneLine(max = Texts.NAME) String patronymic,
        @NotNull @PersonId String studentId) implements RosterCommand {

    /** Returns the student's current class, for the homeroom teacher's right (ROS-4). */
    Optional<String> classScope(SchoolState state) {
        return Roster.of(state).currentClassOf(studentId);
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the student does not exist
     * @throws org.schooljournal.core.validation.InvalidCommandException if the guardian is the
     *     student
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        SchoolRights.requireNotSelf(context.actor(), state, guardianId, Permission.UPDATE_CLASS_LIST,
                "RegisterGuardian", "the guardianship of student " + studentId);
        RosterChecks.requireStudent(this, "studentId", studentId, state);
        RosterChecks.requireDifferentPeople(this, guardianId, studentId);
        PersonName full = PersonName.of(this, surname, name, patronymic);
        Guardian guardian = new Guardian(guardianId, full.surname(), full.name(), full.patronymic());
        List<SchoolEvent> events = new ArrayList<>();
        if (!Roster.of(state).guardian(guardianId).filter(guardian::equals).isPresent()) {
            events.add(new GuardianRegistered(guardian));
        }
        if (!Roster.of(state).represents(guardianId, studentId)) {
            events.add(new GuardianLinked(guardianId, studentId));
        }
        if (!state.rolesOf(guardianId).contains(Role.GUARDIAN)) {
            events.add(new RoleAssigned(guardianId, Role.GUARDIAN));
        }
        return events;
    }
}
