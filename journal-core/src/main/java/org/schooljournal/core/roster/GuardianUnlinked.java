package org.schooljournal.core.roster;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A guardian no longer represents a student (ROS-1); the guardian stays registered.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param studentId the student
 */
public record GuardianUnlinked(String guardianId, String studentId) implements RosterEvent {

    Roster applyTo(Roster roster) {
        return roster.withoutGuardianship(new Guardianship(guardianId, studentId));
    }
}
