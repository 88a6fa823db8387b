package org.schooljournal.core.programme;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the school's programme: subjects, rooms, groups, curriculum, teaching load, plans, timetable and control works (YR-5…YR-10). Each type's stored name is explicit and never changes with its class
 * (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface ProgrammeEvent extends SchoolEvent
        permits SubjectAdded, RoomAdded, StudyGroupAdded, CurriculumSet, TeachingLoadAssigned, ThematicPlanSet, TimetableEntryAdded, TimetableEntryRemoved, ControlWorkScheduled {

    /** The stored types, and how each changes the part. */
    EventFamily<Programme, ProgrammeEvent> FAMILY = EventFamily.<Programme, ProgrammeEvent>of(ProgrammeEvent.class)
            .type("SubjectAdded", SubjectAdded.class, SubjectAdded::applyTo)
            .type("RoomAdded", RoomAdded.class, RoomAdded::applyTo)
            .type("StudyGroupAdded", StudyGroupAdded.class, StudyGroupAdded::applyTo)
            .type("CurriculumSet", CurriculumSet.class, CurriculumSet::applyTo)
            .type("TeachingLoadAssigned", TeachingLoadAssigned.class, TeachingLoadAssigned::applyTo)
            .type("ThematicPlanSet", ThematicPlanSet.class, ThematicPlanSet::applyTo)
            .type("TimetableEntryAdded", TimetableEntryAdded.class, TimetableEntryAdded::applyTo)
            .type("TimetableEntryRemoved", TimetableEntryRemoved.class, TimetableEntryRemoved::applyTo)
            .type("ControlWorkScheduled", ControlWorkScheduled.class, ControlWorkScheduled::applyTo)
            .build();
}
