package org.schooljournal.core.journal;

/**
 * The kinds of journal entries, each correctable only by a correction that keeps the original
 * (MRK-10).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EntryKind {
    /** A lesson's topic and work (LES-2, LES-6). */
    TOPIC,
    /** Homework, general or for one student (LES-3). */
    HOMEWORK,
    /** An absence code (ATT-1). */
    ATTENDANCE,
    /** A current mark (MRK-1). */
    MARK,
    /** A teacher's note (LES-7). */
    NOTE,
    /** A period or year mark, or a special mark (MRK-7). */
    PERIOD_MARK,
    /** A result of the final assessment or an examination (MRK-13). */
    EXAM_RESULT,
    /** A remark (замечание) to a student, in the diary of the student and their guardians (DRY-6). */
    REMARK,
    /** A message to a student's guardians, private to them (DRY-6). */
    GUARDIAN_MESSAGE
}
