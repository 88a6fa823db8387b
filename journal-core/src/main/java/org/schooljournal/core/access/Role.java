package org.schooljournal.core.access;

/**
 * The roles of the regulation (ACC-1), assigned to people per school.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Role {
    /** The head of the school (директор). */
    HEAD,
    /** A deputy head (заместитель директора). */
    DEPUTY_HEAD,
    /** A subject teacher (учитель-предметник). */
    SUBJECT_TEACHER,
    /** A homeroom teacher (классный руководитель); of the classes whose homeroom teacher they are. */
    HOMEROOM_TEACHER,
    /** The journal's system administrator (администратор ЭЖ). */
    SYSTEM_ADMINISTRATOR,
    /** A student (обучающийся). */
    STUDENT,
    /** A guardian (законный представитель). */
    GUARDIAN
}
