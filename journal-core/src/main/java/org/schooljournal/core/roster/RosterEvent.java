package org.schooljournal.core.roster;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the school's roster: students' enrolments, transfers, withdrawals and data, guardians and their links (ROS-1…ROS-4). Each type's stored name is explicit and never changes with its class
 * (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface RosterEvent extends SchoolEvent
        permits StudentEnrolled, StudentTransferred, StudentWithdrawn, StudentDataUpdated, GuardianRegistered, GuardianLinked, GuardianUnlinked {

    /** The stored types, and how each changes the part. */
    EventFamily<Roster, RosterEvent> FAMILY = EventFamily.<Roster, RosterEvent>of(RosterEvent.class)
            .type("StudentEnrolled", StudentEnrolled.class, StudentEnrolled::applyTo)
            .type("StudentTransferred", StudentTransferred.class, StudentTransferred::applyTo)
            .type("StudentWithdrawn", StudentWithdrawn.class, StudentWithdrawn::applyTo)
            .type("StudentDataUpdated", StudentDataUpdated.class, StudentDataUpdated::applyTo)
            .type("GuardianRegistered", GuardianRegistered.class, GuardianRegistered::applyTo)
            .type("GuardianLinked", GuardianLinked.class, GuardianLinked::applyTo)
            .type("GuardianUnlinked", GuardianUnlinked.class, GuardianUnlinked::applyTo)
            .build();
}
