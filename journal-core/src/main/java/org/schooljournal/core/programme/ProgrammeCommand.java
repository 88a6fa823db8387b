package org.schooljournal.core.programme;

import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolPart;

/**
 * A command to the school's programme, given by the administration while it sets the year up (ACC-4, YR-5…YR-10).
 */
sealed interface ProgrammeCommand extends SchoolCommand
        permits AddRoom, AddStudyGroup, AddSubject, AddTimetableEntry, AssignTeachingLoad, RemoveTimetableEntry, ScheduleControlWork, SetCurriculumHours, SetThematicPlan {

    /** Returns the part with its events and its commands, each with the right it needs (ACC-1). */
    static SchoolPart<Programme> part() {
        return SchoolPart.of("programme", Programme.empty(), ProgrammeEvent.FAMILY)
                .commands(ProgrammeCommand.class)
                .command(AddRoom.class, Permission.SET_UP_YEAR, AddRoom::decide)
                .command(AddStudyGroup.class, Permission.SET_UP_YEAR, AddStudyGroup::decide)
                .command(AddSubject.class, Permission.SET_UP_YEAR, AddSubject::decide)
                .command(AddTimetableEntry.class, Permission.SET_UP_YEAR, AddTimetableEntry::decide)
                .command(AssignTeachingLoad.class, Permission.SET_UP_YEAR, AssignTeachingLoad::decide)
                .command(RemoveTimetableEntry.class, Permission.SET_UP_YEAR, RemoveTimetableEntry::decide)
                .command(ScheduleControlWork.class, Permission.SET_UP_YEAR, ScheduleControlWork::decide)
                .command(SetCurriculumHours.class, Permission.SET_UP_YEAR, SetCurriculumHours::decide)
                .command(SetThematicPlan.class, Permission.SET_UP_YEAR, SetThematicPlan::decide)
                .build();
    }
}
