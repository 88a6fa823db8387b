package org.schooljournal.core.access;

/**
 * What the access rules read of a school's roster (PD-2, DRY-2): whom each guardian represents.
 * The roster is one.
 */
@FunctionalInterface
public interface Guardianships {

    /** Returns whether the guardian is a legal representative of the student. */
    boolean represents(String guardianId, String studentId);
}
