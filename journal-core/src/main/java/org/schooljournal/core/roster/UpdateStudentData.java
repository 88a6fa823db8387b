package org.schooljournal.core.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.PersonName;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Corrects a student's name or date of birth (ROS-4): the homeroom teacher of the student's class
 * may, as may the administration. The student's class is the one after their last movement; a
 * student who has left is corrected by the administration only. Their history is not touched.
 * Giving the data the student already has changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param studentId the student
 * @param surname the surname
 * @param name the given name
 * @param patronymic the patronymic; empty if none
 * @param birthDate the date of birth, before the student's first arrival
 */
public record UpdateStudentData(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String studentId,
        @NotBlank @OneLine(max = Texts.NAME) String surname,
        @NotBlank @OneLine(max = Texts.NAME) String name,
        @NotNull @OneLine(max = Texts.NAME) String patronymic,
        @NotNull @BoundedDate LocalDate birthDate) implements RosterCommand {

    /** Returns the student's current class, for the homeroom teacher's right (ROS-4). */
    Optional<String> classScope(SchoolState state) {
        return Roster.of(state).currentClassOf(studentId);
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the student does not exist
     * @throws InvalidCommandException if the date of birth is not before the student's first arrival
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Student before = RosterChecks.requireStudent(this, "studentId", studentId, state);
        LocalDate arrival = Roster.of(state).historyOf(studentId).movements().get(0).date();
        if (!birthDate.isBefore(arrival)) {
            throw InvalidCommandException.of(this, "birthDate", birthDate,
                    "must be before the student's first arrival, on " + arrival);
        }
        PersonName full = PersonName.of(this, surname, name, patronymic);
        Student after = new Student(studentId, full.surname(), full.name(), full.patronymic(), birthDate);
        return after.equals(before) ? List.of() : List.of(new StudentDataUpdated(after));
    }
}
