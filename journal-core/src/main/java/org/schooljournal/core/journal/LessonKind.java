package org.schooljournal.core.journal;

/**
 * The kind of a lesson record (LES-6): works that carry their exact topic and hours in the journal.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LessonKind {
    /** An ordinary lesson. */
    LESSON,
    /** A practical work (практическая работа). */
    PRACTICAL_WORK,
    /** A laboratory work (лабораторная работа). */
    LAB_WORK,
    /** An excursion (экскурсия). */
    EXCURSION,
    /** A control work (контрольная работа). */
    CONTROL_WORK,
    /** A lesson given at home or in hospital to one long-ill student (ATT-4). */
    HOME_OR_HOSPITAL
}
