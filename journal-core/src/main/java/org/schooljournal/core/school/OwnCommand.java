package org.schooljournal.core.school;

import org.schooljournal.core.access.Permission;

/**
 * A command to the school's own part: its registration (anyone may register a school that does not exist yet), roles (ACC-5), structure (YR-1…YR-5), failures (ARC-7) and own settings (ACC-5).
 */
sealed interface OwnCommand extends SchoolCommand
        permits AddHolidays, AddPublicNonWorkingDays, AddStudyPeriod, AssignRole, DeclareTechnicalFailure, HireStaff, OpenClass, RegisterSchool, RevokeRole, SetAcademicYear, SetBellSchedule, SetCalendarChoice, SetSchoolSettings, SetSchoolWeek {

    /** Returns the part with its events and its commands, each with the right it needs (ACC-1). */
    static SchoolPart<SchoolState> part() {
        return SchoolPart.own(OwnEvent.FAMILY)
                .commands(OwnCommand.class)
                .command(AddHolidays.class, Permission.SET_UP_YEAR, AddHolidays::decide)
                .command(AddPublicNonWorkingDays.class, Permission.SET_UP_YEAR, AddPublicNonWorkingDays::decide)
                .command(AddStudyPeriod.class, Permission.SET_UP_YEAR, AddStudyPeriod::decide)
                .command(AssignRole.class, Permission.MANAGE_ACCOUNTS, AssignRole::decide)
                .command(DeclareTechnicalFailure.class, Permission.ADMINISTER_JOURNALS, DeclareTechnicalFailure::decide)
                .command(HireStaff.class, Permission.SET_UP_YEAR, HireStaff::decide)
                .command(OpenClass.class, Permission.SET_UP_YEAR, OpenClass::decide)
                .commandCheckingAccess(RegisterSchool.class, RegisterSchool::decide)
                .command(RevokeRole.class, Permission.MANAGE_ACCOUNTS, RevokeRole::decide)
                .command(SetAcademicYear.class, Permission.SET_UP_YEAR, SetAcademicYear::decide)
                .command(SetBellSchedule.class, Permission.SET_UP_YEAR, SetBellSchedule::decide)
                .command(SetCalendarChoice.class, Permission.SET_UP_YEAR, SetCalendarChoice::decide)
                .command(SetSchoolSettings.class, Permission.SET_SCHOOL_SETTINGS, SetSchoolSettings::decide)
                .command(SetSchoolWeek.class, Permission.SET_UP_YEAR, SetSchoolWeek::decide)
                .build();
    }
}
