package org.schooljournal.core.programme;

/**
 * What the school teaches and when: subjects, rooms, study groups, curriculum, teaching load,
 * thematic plans, timetable and control works (YR-3, YR-5…YR-10, YR-12).
 *
 * <p>This record is immutable and thread-safe.
 */
public record Programme() {

    /** Returns the programme of a school that has set nothing up. */
    public static Programme empty() {
        return new Programme();
    }
}
