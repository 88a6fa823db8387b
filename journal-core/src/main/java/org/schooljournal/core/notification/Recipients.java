package org.schooljournal.core.notification;

import java.util.List;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.school.SchoolState;

/**
 * Whom a student's notifications may go to by e-mail: the student's guardians with a registered
 * consent (NTF-5, PD-1), a confirmed address (NTF-1) and both switches on (NTF-2). Everyone else
 * gets nothing electronically; a guardian who refused, or gave no address, gets paper extracts
 * (DRY-4).
 */
public final class Recipients {

    private Recipients() {
    }

    /** Returns the contacts of the student's guardians who may be e-mailed, in the roster's order. */
    public static List<GuardianContact> byEmail(SchoolState school, String studentId) {
        return school.roster().guardiansOf(studentId).stream().map(Guardian::personId)
                .map(school.contacts()::of).filter(GuardianContact::mayBeEmailed).toList();
    }
}
