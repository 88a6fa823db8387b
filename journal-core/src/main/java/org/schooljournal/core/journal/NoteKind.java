package org.schooljournal.core.journal;

/**
 * What a teacher's note is about (LES-7); lateness is also how ATT-1's опоздание is recorded.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NoteKind {
    /** The student came late (опоздание), with the minutes. */
    LATENESS,
    /** Behaviour. */
    BEHAVIOUR,
    /** Progress. */
    PROGRESS,
    /** A make-up of a missed topic (MRK-6): the absence stays, the mark goes to the topic. */
    MAKE_UP
}
