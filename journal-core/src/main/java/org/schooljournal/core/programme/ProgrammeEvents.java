package org.schooljournal.core.programme;

import java.util.List;
import org.schooljournal.core.school.SchoolEvent;

/**
 * The event types of the programme (YR-3, YR-5…YR-10, YR-12), for the codec. The programme's
 * commands also emit {@link org.schooljournal.core.school.RoleAssigned}, registered with the
 * school's events.
 *
 * <p>This class holds constants only; it is immutable and thread-safe.
 */
public final class ProgrammeEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends SchoolEvent>> TYPES = List.of(
            SubjectAdded.class, RoomAdded.class, StudyGroupAdded.class, CurriculumSet.class,
            TeachingLoadAssigned.class, ThematicPlanSet.class, TimetableEntryAdded.class,
            TimetableEntryRemoved.class, ControlWorkScheduled.class);

    private ProgrammeEvents() {
    }
}
