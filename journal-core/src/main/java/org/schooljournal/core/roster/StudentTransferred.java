package org.schooljournal.core.roster;

import java.time.LocalDate;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A student was transferred (переведён) from one class to another on a date (ROS-2); the history
 * gains a transfer, and the earlier entries stay as they were.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param studentId the student
 * @param fromClass the class left
 * @param toClass the class entered
 * @param date the first day in the new class
 */
public record StudentTransferred(String studentId, String fromClass, String toClass, LocalDate date)
        implements RosterEvent {

    Roster applyTo(Roster roster) {
        return roster.withMovement(studentId, Movement.transfer(fromClass, toClass, date));
    }
}
