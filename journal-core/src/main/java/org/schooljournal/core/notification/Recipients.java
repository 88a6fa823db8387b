package org.schooljournal.core.notification;

import java.util.List;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.roster.Roster;

/**
 * Whom a student's notifications may go to by e-mail: the student's guardians with a registered
 * consent (NTF-5, PD-1), a confirmed address (NTF-1) and both switches on (NTF-2). Everyone else
 * gets nothing electronically; a guardian who refused, or gave no confirmed address, gets paper
 * extracts (DRY-4).
 */
public final class Recipients {

    private Recipients() {
    }

    /** Returns the contacts of the student's guardians who may be e-mailed, in the roster's order. */
    public static List<GuardianContact> byEmail(SchoolState school, String studentId) {
        return Roster.of(school).guardiansOf(studentId).stream().map(Guardian::personId)
                .map(Contacts.of(school)::of).filter(GuardianContact::mayBeEmailed).toList();
    }

    /**
     * Returns the student's guardians who get paper extracts (DRY-4) because they cannot be
     * e-mailed, in the roster's order: those whose last consent is a refusal or who registered
     * none (PD-1, NTF-5), and those without a confirmed address (NTF-1). A guardian who consents
     * and has a confirmed address but turned a switch off (NTF-2) chose to get no notifications,
     * not paper ones: they can read the diary online, so they are not listed here; like anyone,
     * they may still ask for a printout.
     */
    public static List<Guardian> onPaper(SchoolState school, String studentId) {
        return Roster.of(school).guardiansOf(studentId).stream()
                .filter(guardian -> cannotBeEmailed(Contacts.of(school).of(guardian.personId()))).toList();
    }

    private static boolean cannotBeEmailed(GuardianContact contact) {
        return !contact.consenting() || contact.email().isEmpty() || !contact.emailConfirmed();
    }
}
