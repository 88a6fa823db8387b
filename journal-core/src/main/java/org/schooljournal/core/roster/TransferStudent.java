package org.schooljournal.core.roster;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Transfers an enrolled student (перевод) to another class of the school from a date (ROS-2), by
 * the administration's order. The student is in the old class's list before that date and in the
 * new one's from it. Issuing the same transfer again changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param studentId the student
 * @param toClass the class entered
 * @param date the first day in the new class
 */
public record TransferStudent(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String studentId,
        @NotNull @Code String toClass,
        @NotNull @BoundedDate LocalDate date) implements RosterCommand {

    /**
     * {@inheritDoc}
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the student or the class does
     *     not exist
     * @throws InvalidCommandException if the student has left, is in that class already, or the
     *     date is before their last movement
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        RosterChecks.requireStudent(this, "studentId", studentId, state);
        RosterChecks.requireClass(this, "toClass", toClass, state);
        MovementHistory history = Roster.of(state).historyOf(studentId);
        Movement last = history.last().orElseThrow();
        String fromClass = history.currentClass().orElseThrow(() -> InvalidCommandException.of(this, "studentId",
                studentId, "left the school on " + last.date() + "; enrol the student again instead"));
        if (fromClass.equals(toClass)) {
            if (last.kind() == MovementKind.TRANSFER && last.date().equals(date)) {
                return List.of();
            }
            throw InvalidCommandException.of(this, "toClass", toClass, "is the class the student is in already");
        }
        RosterChecks.requireNotBeforeLastMovement(this, date, history);
        return List.of(new StudentTransferred(studentId, fromClass, toClass, date));
    }
}
