package org.schooljournal.core.roster;

/**
 * The kinds of a student's movement (движение контингента, ROS-2).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MovementKind {
    /** Arrival (зачисление): the student enters a class of the school. */
    ENROLMENT,
    /** Transfer (перевод) from one class of the school to another. */
    TRANSFER,
    /** Withdrawal (выбытие) from the school, with its reason. */
    WITHDRAWAL
}
