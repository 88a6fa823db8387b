package org.schooljournal.core.roster;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A guardian was linked to a student they represent (ROS-1).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param studentId the student
 */
public record GuardianLinked(String guardianId, String studentId) implements RosterEvent {

    Roster applyTo(Roster roster) {
        return roster.withGuardianship(new Guardianship(guardianId, studentId));
    }
}
