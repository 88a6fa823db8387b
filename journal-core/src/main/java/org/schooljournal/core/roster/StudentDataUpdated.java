package org.schooljournal.core.roster;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A student's name or date of birth was corrected (ROS-4); their history is not touched, and the
 * earlier data stays in the log (ACC-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param student the student's data as it is now
 */
public record StudentDataUpdated(Student student) implements RosterEvent {

    Roster applyTo(Roster roster) {
        return roster.withStudent(student);
    }
}
