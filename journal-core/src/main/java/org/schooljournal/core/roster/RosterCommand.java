package org.schooljournal.core.roster;

import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolPart;

/**
 * A command to the school's roster: the administration moves students (ROS-2); the administration and a class's homeroom teacher keep its lists and data (ROS-4).
 */
sealed interface RosterCommand extends SchoolCommand
        permits EnrolStudent, TransferStudent, WithdrawStudent, UpdateStudentData, RegisterGuardian, LinkGuardian, UnlinkGuardian {

    /** Returns the part with its events and its commands, each with the right it needs (ACC-1). */
    static SchoolPart<Roster> part() {
        return SchoolPart.of("roster", Roster.empty(), RosterEvent.FAMILY)
                .commands(RosterCommand.class)
                .command(EnrolStudent.class, Permission.MANAGE_ROSTER, EnrolStudent::decide)
                .command(TransferStudent.class, Permission.MANAGE_ROSTER, TransferStudent::decide)
                .command(WithdrawStudent.class, Permission.MANAGE_ROSTER, WithdrawStudent::decide)
                .command(UpdateStudentData.class, Permission.UPDATE_CLASS_LIST, UpdateStudentData::classScope, UpdateStudentData::decide)
                .command(RegisterGuardian.class, Permission.UPDATE_CLASS_LIST, RegisterGuardian::classScope, RegisterGuardian::decide)
                .command(LinkGuardian.class, Permission.UPDATE_CLASS_LIST, LinkGuardian::classScope, LinkGuardian::decide)
                .command(UnlinkGuardian.class, Permission.UPDATE_CLASS_LIST, UnlinkGuardian::classScope, UnlinkGuardian::decide)
                .build();
    }
}
