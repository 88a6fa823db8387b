package org.schooljournal.core.roster;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A guardian was registered, or their name corrected (ROS-1, ROS-4).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardian the guardian's data as it is now
 */
public record GuardianRegistered(Guardian guardian) implements RosterEvent {

    Roster applyTo(Roster roster) {
        return roster.withGuardian(guardian);
    }
}
