package org.schooljournal.core.roster;

import java.time.LocalDate;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A student left the school (выбыл) on a date, for a reason (ROS-2); they stay in the roster with
 * their history.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param studentId the student
 * @param fromClass the class left
 * @param date the first day no longer in the school
 * @param reason why, as the order of withdrawal states it
 */
public record StudentWithdrawn(String studentId, String fromClass, LocalDate date, String reason)
        implements RosterEvent {

    Roster applyTo(Roster roster) {
        return roster.withMovement(studentId, Movement.withdrawal(fromClass, date, reason));
    }
}
