package org.schooljournal.core.programme;

/**
 * The kind of activity a timetable entry holds (YR-9, YR-12): the journal records every kind.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ActivityKind {
    /** A lesson of the curriculum (урок). */
    LESSON,
    /** Extracurricular activity (внеурочная деятельность): clubs, projects, electives. */
    EXTRACURRICULAR,
    /** Additional education (дополнительное образование), extended-day groups included. */
    ADDITIONAL
}
