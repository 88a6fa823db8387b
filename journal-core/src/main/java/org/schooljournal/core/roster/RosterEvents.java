package org.schooljournal.core.roster;

import java.util.List;
import org.schooljournal.core.school.SchoolEvent;

/**
 * The event types of the roster (ROS-1, ROS-2, ROS-4), for the codec.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends SchoolEvent>> TYPES = List.of(
            StudentEnrolled.class, StudentTransferred.class, StudentWithdrawn.class, StudentDataUpdated.class,
            GuardianRegistered.class, GuardianLinked.class, GuardianUnlinked.class);

    private RosterEvents() {
    }
}
