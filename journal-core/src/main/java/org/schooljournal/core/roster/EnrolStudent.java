package org.schooljournal.core.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.PersonName;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Enrols a student (зачисление) into a class from a date (ROS-1, ROS-2), by the administration's
 * order. The student is given the student's role in the school. A student who left may be enrolled
 * again, from the date they left or later; one who is enrolled must be transferred instead.
 * Issuing the same enrolment again changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param studentId the student's person identifier
 * @param surname the surname
 * @param name the given name
 * @param patronymic the patronymic; empty if none
 * @param birthDate the date of birth, before the date of arrival
 * @param classCode the class entered, such as 5А
 * @param date the first day in the class
 */
public record EnrolStudent(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String studentId,
        @NotBlank @OneLine(max = Texts.NAME) String surname,
        @NotBlank @OneLine(max = Texts.NAME) String name,
        @NotNull @OneLine(max = Texts.NAME) String patronymic,
        @NotNull @BoundedDate LocalDate birthDate,
        @NotNull @Code String classCode,
        @NotNull @BoundedDate LocalDate date) implements RosterCommand {

    /**
     * {@inheritDoc}
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the class does not exist
     * @throws InvalidCommandException if the student is enrolled already, the date is before their
     *     last movement, or the date of birth is not before the date of arrival
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        RosterChecks.requireClass(this, "classCode", classCode, state);
        PersonName full = PersonName.of(this, surname, name, patronymic);
        Student student = new Student(studentId, full.surname(), full.name(), full.patronymic(), birthDate);
        if (!birthDate.isBefore(date)) {
            throw InvalidCommandException.of(this, "birthDate", birthDate, "must be before the date of arrival " + date);
        }
        MovementHistory history = Roster.of(state).historyOf(studentId);
        Optional<String> current = history.currentClass();
        if (current.isPresent()) {
            if (history.last().orElseThrow().equals(Movement.enrolment(classCode, date))
                    && Roster.of(state).student(studentId).orElseThrow().equals(student)) {
                return List.of();
            }
            throw InvalidCommandException.of(this, "studentId", studentId, "is already enrolled, in class "
                    + current.get() + "; transfer or withdraw the student instead");
        }
        RosterChecks.requireNotBeforeLastMovement(this, date, history);
        List<SchoolEvent> events = new ArrayList<>();
        events.add(new StudentEnrolled(student, classCode, date));
        if (!state.rolesOf(studentId).contains(Role.STUDENT)) {
            events.add(new RoleAssigned(studentId, Role.STUDENT));
        }
        return events;
    }
}
