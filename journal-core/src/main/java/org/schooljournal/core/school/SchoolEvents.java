package org.schooljournal.core.school;

import java.util.List;

/** The event types of the school's registration, roles and structure, for the codec. */
public final class SchoolEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends SchoolEvent>> TYPES = List.of(
            SchoolRegistered.class, RoleAssigned.class, RoleRevoked.class,
            AcademicYearSet.class, StudyPeriodAdded.class, HolidaysAdded.class, SchoolWeekSet.class,
            PublicNonWorkingDaysAdded.class, StaffHired.class, ClassOpened.class, BellScheduleSet.class,
            TechnicalFailureDeclared.class);

    private SchoolEvents() {
    }
}
