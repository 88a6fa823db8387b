package org.schooljournal.core.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * A right to a kind of action, and the roles that hold it as the regulation assigns them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Permission {
    /** Set up the academic year and the school's structure (ACC-4, YR-1…YR-10). */
    SET_UP_YEAR(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD)),
    /** Assign roles and keep staff accounts and profiles (ACC-5). */
    MANAGE_ACCOUNTS(EnumSet.of(Role.SYSTEM_ADMINISTRATOR)),
    /**
     * Set the school's own settings over the region's rule set (ACC-5, the system parameters):
     * how MRK-3's days count, the YR-11 deadline, the ARC-7 grace, the opening of the MRK-7
     * window, each rule's enforcement and the MRK-11 forecast's rounding. The head decides them
     * for the school, the system administrator keeps them.
     */
    SET_SCHOOL_SETTINGS(EnumSet.of(Role.HEAD, Role.SYSTEM_ADMINISTRATOR)),
    /** Enrol, transfer and withdraw students (ROS-2, A2-head 23). */
    MANAGE_ROSTER(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD)),
    /**
     * Update a class's lists and its students' data (ROS-4): the administration for every class,
     * a homeroom teacher for their own classes only.
     */
    UPDATE_CLASS_LIST(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD, Role.HOMEROOM_TEACHER)),
    /**
     * Administer the journals (A2-head, A2-deputy): declare technical failures (ARC-7), record
     * substitutions and reschedules (LES-5), set grading systems (MRK-1), correct any entry, a
     * locked period's too (MRK-9, MRK-10), and read every journal.
     */
    ADMINISTER_JOURNALS(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD)),
    /**
     * Record in a journal (ACC-2, LES-5): a subject teacher, in the journals of the classes and
     * groups they teach — entries, period marks and their deferrals (MRK-8), examination results
     * — and a substitute, who holds the role too, in the lessons they substituted.
     */
    RECORD_IN_JOURNAL(EnumSet.of(Role.SUBJECT_TEACHER)),
    /**
     * Read a journal (ACC-2, ACC-3): the administration every journal; a subject teacher the
     * journals they teach or substituted in; a homeroom teacher every journal of their class.
     */
    READ_JOURNAL(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD, Role.SUBJECT_TEACHER, Role.HOMEROOM_TEACHER)),
    /**
     * Read a school's whole state — its set-up, staff, roster, guardians and their contacts
     * (PD-2): the administration, and the system administrator who keeps the accounts (ACC-5).
     */
    READ_SCHOOL(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD, Role.SYSTEM_ADMINISTRATOR)),
    /** Read a student's diary (DRY-2, PD-2): the student their own, a guardian their own children's. */
    READ_DIARY(EnumSet.of(Role.STUDENT, Role.GUARDIAN)),
    /**
     * Receive a report of a compromised account, draw up its act and restore the account (PD-4,
     * R 4.3–4.4): the head, the deputy heads and the system administrator. The person themselves
     * may report their own account too.
     */
    HANDLE_COMPROMISE(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD, Role.SYSTEM_ADMINISTRATOR)),
    /**
     * Bind a subject of an identity provider (ЕСИА, an OpenID Connect provider) to a person of the
     * school, and unbind it (ACC-6, PD-3): the administration, and the system administrator who
     * keeps the accounts (ACC-5).
     */
    BIND_SUBJECTS(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD, Role.SYSTEM_ADMINISTRATOR)),
    /**
     * Act through one's own account at all (PD-3, PD-4): every role, while the account is not
     * blocked by a compromise report.
     */
    USE_ACCOUNT(EnumSet.allOf(Role.class));

    private final Set<Role> holders;

    Permission(Set<Role> holders) {
        this.holders = holders;
    }

    /** Returns the roles that hold this right; a new set each time. */
    public Set<Role> holders() {
        return EnumSet.copyOf(holders);
    }

    /** Returns whether the role holds this right. */
    public boolean heldBy(Role role) {
        return holders.contains(role);
    }
}
