package org.schooljournal.core.roster;

/**
 * The school's students and guardians, and the history of their movement (ROS-1, ROS-2).
 *
 * <p>This record is immutable and thread-safe.
 */
public record Roster() {

    /** Returns the roster of a school with no students. */
    public static Roster empty() {
        return new Roster();
    }
}
