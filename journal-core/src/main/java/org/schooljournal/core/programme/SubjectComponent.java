package org.schooljournal.core.programme;

/**
 * Where a subject comes from (YR-3): the federal basic curriculum (ФБУП) or the part the school
 * forms itself (часть, формируемая участниками образовательных отношений).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubjectComponent {
    /** A subject of the federal basic curriculum (ФБУП). */
    FEDERAL,
    /** A subject of the school's own component. */
    SCHOOL
}
