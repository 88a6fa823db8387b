package org.schooljournal.core.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
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
 * Withdraws a student from the school (выбытие) from a date, for a reason (ROS-2), by the
 * administration's order. From that date the student is in no class list; their data and history
 * stay. Issuing the same withdrawal again changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param studentId the student
 * @param date the first day no longer in the school
 * @param reason why, as the order states it (moved to another school, finished school…)
 */
public record WithdrawStudent(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String studentId,
        @NotNull @BoundedDate LocalDate date,
        @NotBlank @OneLine(max = Texts.REASON) String reason) implements RosterCommand {

    /**
     * {@inheritDoc}
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the student does not exist
     * @throws InvalidCommandException if the student has left already, or the date is before their
     *     last movement
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        RosterChecks.requireStudent(this, "studentId", studentId, state);
        MovementHistory history = Roster.of(state).historyOf(studentId);
        Movement last = history.last().orElseThrow();
        Optional<String> fromClass = history.currentClass();
        if (fromClass.isEmpty()) {
            if (last.date().equals(date) && last.reason().equals(reason.strip())) {
                return List.of();
            }
            throw InvalidCommandException.of(this, "studentId", studentId, "left the school already, on " + last.date());
        }
        RosterChecks.requireNotBeforeLastMovement(this, date, history);
        return List.of(new StudentWithdrawn(studentId, fromClass.get(), date, reason.strip()));
    }
}
