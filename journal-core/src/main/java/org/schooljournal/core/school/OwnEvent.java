package org.schooljournal.core.school;

import org.schooljournal.core.log.EventFamily;

/**
 * An event of the school's own part of its state: its registration, the roles of its people (ACC-1), its structure (YR-1…YR-5, ARC-7) and its own settings over the region's rule set (ACC-5). Each type's stored name is explicit and never changes with its class
 * (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface OwnEvent extends SchoolEvent
        permits SchoolRegistered, RoleAssigned, RoleRevoked, AcademicYearSet, StudyPeriodAdded, HolidaysAdded, SchoolWeekSet, PublicNonWorkingDaysAdded, StaffHired, ClassOpened, BellScheduleSet, TechnicalFailureDeclared, SchoolSettingsSet, CalendarChoiceSet {

    /** The stored types, and how each changes the part. */
    EventFamily<SchoolState, OwnEvent> FAMILY = EventFamily.<SchoolState, OwnEvent>of(OwnEvent.class)
            .type("SchoolRegistered", SchoolRegistered.class, SchoolRegistered::applyTo)
            .type("RoleAssigned", RoleAssigned.class, RoleAssigned::applyTo)
            .type("RoleRevoked", RoleRevoked.class, RoleRevoked::applyTo)
            .type("AcademicYearSet", AcademicYearSet.class, AcademicYearSet::applyTo)
            .type("StudyPeriodAdded", StudyPeriodAdded.class, StudyPeriodAdded::applyTo)
            .type("HolidaysAdded", HolidaysAdded.class, HolidaysAdded::applyTo)
            .type("SchoolWeekSet", SchoolWeekSet.class, SchoolWeekSet::applyTo)
            .type("PublicNonWorkingDaysAdded", PublicNonWorkingDaysAdded.class, PublicNonWorkingDaysAdded::applyTo)
            .type("StaffHired", StaffHired.class, StaffHired::applyTo)
            .type("ClassOpened", ClassOpened.class, ClassOpened::applyTo)
            .type("BellScheduleSet", BellScheduleSet.class, BellScheduleSet::applyTo)
            .type("TechnicalFailureDeclared", TechnicalFailureDeclared.class, TechnicalFailureDeclared::applyTo)
            .type("SchoolSettingsSet", SchoolSettingsSet.class, SchoolSettingsSet::applyTo)
            .type("CalendarChoiceSet", CalendarChoiceSet.class, CalendarChoiceSet::applyTo)
            .build();
}
