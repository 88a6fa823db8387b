package org.schooljournal.core.roster;

import java.time.LocalDate;
import java.util.Optional;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;

/**
 * The refusals the roster's commands share: what they refer to must exist (NOT_FOUND), and a
 * movement may not go back before the student's last one (ROS-2). Each names the command, the
 * field and the value.
 *
 * <p>This class is stateless and thread-safe.
 */
final class RosterChecks {

    private RosterChecks() {
    }

    /** Returns the class, or refuses with NOT_FOUND. */
    static SchoolClass requireClass(SchoolCommand command, String field, String classCode, SchoolState state) {
        return state.structure().schoolClass(classCode).orElseThrow(() -> NotFoundException.of(command, field, classCode,
                "is not a class of school " + state.schoolId()));
    }

    /** Returns the student, enrolled now or before, or refuses with NOT_FOUND. */
    static Student requireStudent(SchoolCommand command, String field, String studentId, SchoolState state) {
        return Roster.of(state).student(studentId).orElseThrow(() -> NotFoundException.of(command, field, studentId,
                "is not a student of school " + state.schoolId()));
    }

    /** Returns the guardian, or refuses with NOT_FOUND. */
    static Guardian requireGuardian(SchoolCommand command, String field, String guardianId, SchoolState state) {
        return Roster.of(state).guardian(guardianId).orElseThrow(() -> NotFoundException.of(command, field, guardianId,
                "is not a registered guardian in school " + state.schoolId()));
    }

    /**
     * Refuses a movement dated before the student's last one: the past stays where it was made.
     *
     * @throws InvalidCommandException naming the field {@code date}
     */
    static void requireNotBeforeLastMovement(SchoolCommand command, LocalDate date, MovementHistory history) {
        Optional<Movement> last = history.last();
        if (last.isPresent() && date.isBefore(last.get().date())) {
            throw InvalidCommandException.of(command, "date", date, "must not be before the student's last movement, a "
                    + last.get().kind() + " on " + last.get().date() + " (ROS-2: past entries stay where they were made)");
        }
    }

    /**
     * Refuses a person named as their own guardian.
     *
     * @throws InvalidCommandException naming the field {@code guardianId}
     */
    static void requireDifferentPeople(SchoolCommand command, String guardianId, String studentId) {
        if (guardianId.equals(studentId)) {
            throw InvalidCommandException.of(command, "guardianId", guardianId,
                    "must not be the student's own identifier");
        }
    }

}
